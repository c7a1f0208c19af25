pub struct Ticket {
    pub seat: u32,
}

impl Ticket {
    pub fn new(seat: u32) -> Ticket {
        Ticket { seat }
    }

    pub fn show(&self) {
        println!("seat {}", self.seat);
    }
}
