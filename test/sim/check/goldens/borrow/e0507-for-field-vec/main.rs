struct S { items: Vec<String> }
fn show(s: &mut S) {
    for x in s.items {
        println!("{x}");
    }
}
fn main() { show(&mut S { items: vec![] }); }
