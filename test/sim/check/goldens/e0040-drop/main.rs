struct Guard {
    id: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn main() {
    let g = Guard { id: 1 };
    g.drop();
    println!("end");
}
