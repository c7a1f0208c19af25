// `str::parse` inside a closure parses as the element type the collection asks for.
fn main() {
    let wide: Vec<u16> = "300 7".split_whitespace().map(|w| w.parse().unwrap()).collect();
    println!("{:?}", wide);
    let checked: Result<Vec<u8>, _> = "300 7".split_whitespace().map(|w| w.parse()).collect();
    println!("{:?}", checked);
    let fine: Result<Vec<u8>, _> = "30 7".split_whitespace().map(|w| w.parse()).collect();
    println!("{:?}", fine);
    let small: Vec<u8> = "300 7".split_whitespace().map(|w| w.parse().unwrap()).collect();
    println!("{:?}", small);
}
