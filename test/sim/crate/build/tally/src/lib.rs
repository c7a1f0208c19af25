pub struct Tally {
    count: u32,
}

impl Tally {
    pub fn new() -> Tally {
        Tally { count: 0 }
    }

    pub fn bump(&mut self) -> u32 {
        self.count += 1;
        self.count
    }
}
