mod garden;

fn main() {
    garden::plant();
}
