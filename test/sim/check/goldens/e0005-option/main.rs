fn main() {
    let v: Option<u32> = Some(3);
    let Some(n) = v;
    println!("{n}");
}
