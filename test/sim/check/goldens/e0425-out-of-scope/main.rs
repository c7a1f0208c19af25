fn main() {
    {
        let inner = String::from("hi");
        println!("{inner}");
    }
    println!("{}", inner);
}
