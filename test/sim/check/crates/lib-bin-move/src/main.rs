use lib_bin_move::Ticket;

fn main() {
    let first = Ticket::new(7);
    let kept = first;
    first.show();
    kept.show();
}
