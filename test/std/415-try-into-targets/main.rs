use std::convert::TryFrom;
#[derive(Debug)]
struct Even(u32);
impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        if n % 2 == 0 { Ok(Even(n)) } else { Err(format!("{} is odd", n)) }
    }
}
fn main() {
    let a: Result<Even, String> = 8u32.try_into();
    let b: Result<Even, _> = 7u32.try_into();
    println!("{:?} {:?}", a, b);
    let c = Even::try_from(10);
    println!("{:?}", c);
    let x: i8 = 100i64.try_into().unwrap_or(i8::MAX);
    let y: i8 = 1000i64.try_into().unwrap_or(i8::MAX);
    println!("{} {}", x, y);
    let arr: Result<[u8; 2], Vec<u8>> = vec![1u8, 2, 3].try_into();
    println!("{:?}", arr);
    let s: &[i32] = &[5, 6];
    let fixed: [i32; 2] = s.try_into().unwrap();
    println!("{:?}", fixed);
}
