fn main() {
    fn plus(x: Option<i32>) -> Option<i32> {
        match x {
            Some(i) => Some(i + 1),
        }
    }
    let five = Some(5);
    let six = plus(five);
}
