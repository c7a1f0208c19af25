struct Pair {
    left: Vec<i32>,
    right: Vec<i32>,
}

impl Drop for Pair {
    fn drop(&mut self) {}
}

fn take(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let p = Pair { left: vec![1], right: vec![2] };
    let Pair { left, right } = p;
    println!("{}", take(left) + right.len());
}
