struct S { opt: Option<String> }
fn show(r: &mut S) {
    match r.opt {
        Some(s) => println!("{s}"),
        None => {}
    }
}
fn main() { show(&mut S { opt: None }); }
