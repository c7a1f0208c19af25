// User impls of std traits the simulator dispatches through: Index / IndexMut on a grid, a trait
// implemented for slices (`impl … for [T]`), From / Into with the target known from the let type.
use std::ops::{Index, IndexMut};

struct Board {
    cols: usize,
    cells: Vec<char>,
}

impl Index<(usize, usize)> for Board {
    type Output = char;
    fn index(&self, (r, c): (usize, usize)) -> &char {
        &self.cells[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Board {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char {
        &mut self.cells[r * self.cols + c]
    }
}

trait Stats {
    fn mean(&self) -> f64;
}

impl Stats for [f64] {
    fn mean(&self) -> f64 {
        self.iter().sum::<f64>() / self.len() as f64
    }
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: std::fmt::Debug> Describe for [T] {
    fn describe(&self) -> String {
        format!("{} items, first {:?}", self.len(), self.first())
    }
}

#[derive(Debug)]
struct Celsius(f64);

impl From<f64> for Celsius {
    fn from(x: f64) -> Self {
        Celsius(x)
    }
}

fn boil() -> Celsius {
    100.0.into()
}

fn main() {
    let mut b = Board { cols: 3, cells: vec!['.'; 6] };
    b[(1, 2)] = 'x';
    b[(0, 0)] = 'o';
    println!("{} {} {}", b[(1, 2)], b[(0, 0)], b[(0, 1)]);
    let row: String = b.cells.iter().collect();
    println!("{}", row);

    let temps = vec![20.5, 22.0, 19.5];
    println!("{:.2} {:.1}", temps.mean(), [1.0, 2.0].mean());
    println!("{}", [3, 4, 5].describe());
    println!("{}", vec!["a", "b"].describe());

    let c: Celsius = From::from(36.6);
    let d: Celsius = 21.0.into();
    let e = Celsius::from(-4.0);
    println!("{:?} {:?} {:?} {:?}", c, d, e, boil());
    let s: String = From::from("text");
    let n: i64 = From::from(7i32);
    println!("{} {}", s, n);
}
