enum Chain {
    Link(u32, Box<Chain>),
    End,
}

use crate::Chain::{End, Link};

fn main() {
    let tail = Link(1, Box::new(End));
    let x = Link(2, Box::new(tail));
    let y = Link(3, Box::new(tail));
    let _ = (x, y);
}
