fn set(r: &i32) {
    *r = 5;
}
fn main() { set(&1); }
