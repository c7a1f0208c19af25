// `.sum()` / `.product()` into a user type run its `impl Sum` / `impl Product` (the annotated let, a turbofish).
use std::iter::{Product, Sum};
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money { cents: i64 }
impl Add for Money { type Output = Money; fn add(self, o: Money) -> Money { Money { cents: self.cents + o.cents } } }
impl Sum for Money { fn sum<I: Iterator<Item = Money>>(it: I) -> Money { it.fold(Money { cents: 0 }, |a, b| a + b) } }
impl<'a> Sum<&'a Money> for Money { fn sum<I: Iterator<Item = &'a Money>>(it: I) -> Money { it.fold(Money { cents: 0 }, |a, b| a + *b) } }

#[derive(Debug, Clone, Copy)]
struct Factor(u32);
impl Mul for Factor { type Output = Factor; fn mul(self, o: Factor) -> Factor { Factor(self.0 * o.0) } }
impl Product for Factor { fn product<I: Iterator<Item = Factor>>(it: I) -> Factor { it.fold(Factor(1), |a, b| a * b) } }

fn main() {
    let prices = vec![Money { cents: 450 }, Money { cents: 205 }, Money { cents: 399 }];
    let total: Money = prices.iter().copied().sum();
    println!("{:?}", total);
    let by_ref: Money = prices.iter().sum();
    println!("{:?}", by_ref == total);
    let big = prices.iter().filter(|m| m.cents > 300).copied().sum::<Money>();
    println!("{:?}", big);
    let none: Money = Vec::<Money>::new().into_iter().sum();
    println!("{:?}", none);
    let f: Factor = (1..=5).map(Factor).product();
    println!("{:?}", f);
}
