fn f(v: &Vec<i32>, s: &[i32]) {
    v[0] = 1;
    s[0] += 2;
}
fn main() { f(&vec![1], &[1]); }
