pub struct Ticket {
    id: u32,
    owner: String,
    note: String,
    pub seat: u32,
}

impl Ticket {
    pub fn new(seat: u32) -> Ticket {
        Ticket {
            id: 7,
            owner: String::from("ana"),
            note: String::new(),
            seat,
        }
    }

    pub fn id(&self) -> u32 {
        self.id
    }
}

struct Stamp {
    when: u64,
}

pub fn stamp() -> u64 {
    let s = Stamp { when: 3 };
    drop(s);
    1
}
