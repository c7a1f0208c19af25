// Traits and generics rustc accepts: default methods, trait objects, generic structs with impls, operator
// traits, Iterator impls used with adapters, Deref, Display on generic types, associated consts, From/Into.
use std::fmt;
use std::ops::{Add, Deref};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

struct Wrapper<T> {
    inner: T,
}

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.inner)
    }
}

impl<T> Deref for Wrapper<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n)
        }
    }
}

trait Named {
    const KIND: &'static str;
    fn name(&self) -> String;
    fn shout(&self) -> String {
        self.name().to_uppercase()
    }
}

struct Dog;

impl Named for Dog {
    const KIND: &'static str = "dog";
    fn name(&self) -> String {
        String::from("rex")
    }
}

struct Meters(f64);

impl From<f64> for Meters {
    fn from(v: f64) -> Self {
        Meters(v)
    }
}

fn describe<T: Named>(t: &T) -> String {
    format!("{} {}", T::KIND, t.shout())
}

fn biggest<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = a + V2 { x: 3, y: 4 };
    println!("{:?} {}", b, a == b);
    let w = Wrapper { inner: String::from("hi") };
    println!("{} {}", w, w.len());
    let total: u32 = Countdown { n: 4 }.map(|x| x * 2).filter(|x| *x > 1).sum();
    let items: Vec<u32> = Countdown { n: 3 }.collect();
    println!("{total} {:?}", items);
    println!("{}", describe(&Dog));
    let m: Meters = 2.5.into();
    let m2 = Meters::from(1.0);
    println!("{} {}", m.0, m2.0);
    println!("{} {}", biggest(3, 9), biggest(1.5, 0.5));
    let names: Vec<Box<dyn Fn() -> String>> = vec![Box::new(|| String::from("f"))];
    for f in &names {
        println!("{}", f());
    }
    let parsed: i32 = "42".parse().unwrap();
    let sum = parsed + 1;
    let opt: Option<i32> = Some(sum);
    let doubled = opt.map(|v| v * 2).unwrap_or_default();
    println!("{doubled}");
}
