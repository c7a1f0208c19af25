// Moving a field out from behind `&mut` by a method that takes `self`: the label on the call, the note at
// the method's `self`, and what rustc says about cloning (a type without `Clone`, then one deriving it).
struct Ticket {
    seat: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.seat
    }
}

#[derive(Clone)]
struct Pass {
    days: u32,
}

impl Pass {
    fn use_up(self) -> u32 {
        self.days
    }
}

struct Wallet {
    ticket: Ticket,
    pass: Pass,
}

fn spend(w: &mut Wallet) -> u32 {
    let a = w.ticket.redeem();
    let b = w.pass.use_up();
    a + b
}

fn main() {
    let mut w = Wallet { ticket: Ticket { seat: 4 }, pass: Pass { days: 2 } };
    println!("{}", spend(&mut w));
}
