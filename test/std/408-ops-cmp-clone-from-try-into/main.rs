use std::cmp::Ordering;
use std::convert::TryInto;
use std::ops::{Deref, DerefMut, Div, DivAssign, MulAssign, Rem, RemAssign, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl Div<i64> for Money {
    type Output = Money;
    fn div(self, by: i64) -> Money {
        Money { cents: self.cents / by }
    }
}

impl Rem<i64> for Money {
    type Output = i64;
    fn rem(self, by: i64) -> i64 {
        self.cents % by
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, other: Money) {
        self.cents -= other.cents;
    }
}

impl MulAssign<i64> for Money {
    fn mul_assign(&mut self, k: i64) {
        self.cents *= k;
    }
}

impl DivAssign<i64> for Money {
    fn div_assign(&mut self, k: i64) {
        self.cents /= k;
    }
}

impl RemAssign<i64> for Money {
    fn rem_assign(&mut self, k: i64) {
        self.cents %= k;
    }
}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Money) -> Option<Ordering> {
        self.cents.partial_cmp(&other.cents)
    }
}

struct Stack {
    items: Vec<u32>,
}

impl Deref for Stack {
    type Target = Vec<u32>;
    fn deref(&self) -> &Vec<u32> {
        &self.items
    }
}

impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<u32> {
        &mut self.items
    }
}

#[derive(Debug)]
struct Buffer {
    data: Vec<u8>,
    label: String,
}

impl Clone for Buffer {
    fn clone(&self) -> Self {
        Buffer { data: self.data.clone(), label: self.label.clone() }
    }
    fn clone_from(&mut self, source: &Self) {
        println!("clone_from reuses {} bytes of room", self.data.capacity());
        self.data.clear();
        self.data.extend_from_slice(&source.data);
        self.label.clone_from(&source.label);
    }
}

fn main() {
    let price = Money { cents: 1005 };
    println!("div {:?} rem {}", price / 4, price % 4);
    let mut wallet = Money { cents: 5000 };
    wallet -= Money { cents: 1250 };
    println!("after -= {:?}", wallet);
    wallet *= 3;
    println!("after *= {:?}", wallet);
    wallet /= 7;
    println!("after /= {:?}", wallet);
    wallet %= 1000;
    println!("after %= {:?}", wallet);

    let a = Money { cents: 10 };
    let b = Money { cents: 20 };
    println!("partial_cmp {:?} {:?}", a.partial_cmp(&b), b.partial_cmp(&b));
    println!("lt {} le {} gt {} ge {} ne {} eq {}", a < b, a.le(&b), a.gt(&b), b.ge(&a), a.ne(&b), a.eq(&a));
    println!("PartialOrd::gt {} PartialEq::ne {}", PartialOrd::gt(&b, &a), PartialEq::ne(&a, &a));
    println!("ints: {} {} {} {} {:?}", 3.ge(&3), 2.gt(&5), 'a'.le(&'b'), "x".ne("y"), 1.5f64.partial_cmp(&0.5));

    let mut st = Stack { items: vec![1, 2] };
    st.push(3);
    st[0] = 10;
    st.deref_mut().push(4);
    println!("stack {:?} len {} first {:?}", *st, st.len(), st.first());

    let src = Buffer { data: vec![1, 2, 3], label: "src".to_string() };
    let mut dst = Buffer { data: Vec::with_capacity(8), label: String::new() };
    dst.clone_from(&src);
    println!("{:?}", dst);
    let mut s = String::from("old text");
    s.clone_from(&String::from("new"));
    let mut v = vec![0u8; 2];
    v.clone_from(&vec![7, 8, 9]);
    println!("{} {:?} caps {} {}", s, v, s.capacity(), v.capacity());

    let big: i64 = 300;
    let small: Result<u8, _> = big.try_into();
    let fits: Result<u16, _> = big.try_into();
    println!("{:?} {:?}", small, fits);
    let n: i32 = -5;
    let as_u: Result<u32, std::num::TryFromIntError> = n.try_into();
    match as_u {
        Ok(x) => println!("ok {}", x),
        Err(e) => println!("error: {}", e),
    }
    let idx: usize = 7u64.try_into().unwrap();
    println!("idx {}", idx);
    let arr: [i32; 3] = vec![1, 2, 3].try_into().unwrap();
    println!("arr {:?}", arr);
}
