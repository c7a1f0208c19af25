fn main() {
    let s = String::from("a");
    let r = &s;
    let f = move || println!("{s}");
    f();
    println!("{r}");
}
