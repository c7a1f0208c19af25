fn main() {
    let mut count = 0;
    let mut set = || count = 5;
    println!("{count}");
    set();
}
