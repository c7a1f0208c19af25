struct Holder<'a> {
    part: &'a str,
}

fn main() {
    let h;
    {
        let text = String::from("abc");
        h = Holder { part: &text };
    }
    println!("{}", h.part);
}
