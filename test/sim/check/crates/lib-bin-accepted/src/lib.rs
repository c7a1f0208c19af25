pub mod counter {
    pub struct Counter {
        count: u32,
    }

    impl Counter {
        pub fn new() -> Counter {
            Counter { count: 0 }
        }

        pub fn tick(&mut self) -> u32 {
            self.count += 1;
            self.count
        }
    }
}

pub fn twice(c: &mut counter::Counter) -> u32 {
    c.tick();
    c.tick()
}
