// The derive suggestion for a struct inside a module: rustc shows the inserted line and the one after it.
mod shapes {
    pub struct Square {
        pub side: u32,
    }
}

fn main() {
    let s = shapes::Square { side: 3 };
    println!("{:?} has side {}", s, s.side);
}
