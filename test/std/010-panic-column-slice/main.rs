// Indexing a slice parameter (a &Vec coerced to &[T]) as a function's tail expression: the panic
// points at the whole `v[i]` expression, like other built-in slice indexing.
fn pick(v: &[u32], i: usize) -> u32 {
    v[i]
}

fn main() {
    let v = vec![1, 2, 3];
    let x = v[1];
    println!("{}", pick(&v, 2) + x);
    println!("{}", pick(&v, 3) + x);
}
