// Ord's provided `max`, `min` and `clamp` on derived-Ord enums, structs and tuples: on a tie `max` gives the
// argument and `min` the receiver; `clamp` with min > max panics like std.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Size { S, M, L, XL }

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Ver { major: u32, minor: u32, tag: &'static str }

fn main() {
    println!("{:?} {:?}", Size::L.max(Size::M), Size::L.min(Size::M));
    println!("{:?} {:?}", Size::XL.clamp(Size::S, Size::L), Size::S.clamp(Size::M, Size::L));
    let a = Ver { major: 1, minor: 2, tag: "a" };
    let b = Ver { major: 1, minor: 2, tag: "b" };
    println!("{:?}", a.max(b));
    let x = Ver { major: 1, minor: 0, tag: "x" };
    let y = Ver { major: 1, minor: 0, tag: "x" };
    // Equal: `max` keeps the second, `min` the first (told apart by nothing visible, so by position only).
    println!("{:?}", x.min(y));
    println!("{:?}", (2, 'a').max((2, 'b')));
    println!("{:?}", std::cmp::max(Size::S, Size::M));
    let biggest = [Size::M, Size::XL, Size::S].into_iter().fold(Size::S, |m, s| m.max(s));
    println!("{:?}", biggest);
    println!("{:?}", Size::M.clamp(Size::L, Size::S));
}
