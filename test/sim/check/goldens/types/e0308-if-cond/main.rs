fn main() {
    let flag = 1;
    if flag {
        println!("yes");
    }
}
