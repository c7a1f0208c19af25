fn main() {
    let r;
    {
        let n = 7;
        r = &n;
    }
    println!("{r}");
}
