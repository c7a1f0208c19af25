struct Acc {
    total: i32,
}

impl Acc {
    fn push(&mut self, n: i32) {
        self.total += n;
    }
}

fn main() {
    let mut a = Acc { total: 0 };
    a.push(1, 2);
    println!("{}", a.total);
}
