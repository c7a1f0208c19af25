mod garden;

fn main() {
    garden::water();
}
