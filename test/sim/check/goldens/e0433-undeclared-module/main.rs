fn main() {
    let n = helpers::twice(2);
    println!("{n}");
}
