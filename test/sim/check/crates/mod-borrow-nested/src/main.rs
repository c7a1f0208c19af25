mod front;

fn main() {
    front::hosting::seat();
}
