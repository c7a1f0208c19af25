// char::from_digit with a radix above 36 panics inside core; within range it answers None or Some.
fn main() {
    println!("{:?} {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(10, 10));
    println!("{:?}", char::from_digit(35, 36));
    println!("{:?}", char::from_digit(1, 64));
}
