// A user type named like a std one (`Cell`) shadows it: Debug, size_of and a Vec of them.
#[derive(Debug, Clone, Copy)]
struct Cell(u8);

#[derive(Debug)]
struct RefCell {
    count: u32,
}

fn main() {
    let v = vec![Cell(1), Cell(2)];
    println!("{:?} {}", v, v.len());
    println!("{}", std::mem::size_of::<Cell>());
    let r = RefCell { count: 3 };
    println!("{:?} {}", r, r.count);
    let c = v[1];
    println!("{}", c.0 + 1);
}
