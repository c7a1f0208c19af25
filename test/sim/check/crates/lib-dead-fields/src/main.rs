use lib_dead_fields::Ticket;

fn main() {
    let t = Ticket::new(4);
    let moved = t;
    println!("{} {}", t.seat, moved.id());
}
