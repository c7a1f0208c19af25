fn main() {
    let mut marks = vec![90, 75, 60, 45];
    marks.truncate(-1);
    marks.swap(-1, 0);
    marks.rotate_left(-2);
    let cube = 3i32.pow(-1);
    let banner = "=".repeat(-3);
    let third = "hello".chars().nth(-1);
    println!("{:?} {} {} {:?}", marks, cube, banner, third);
}
