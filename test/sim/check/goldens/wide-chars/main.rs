fn main() {
    let 이름 = "철수";
    println!("{} {}", 이름, 나이);
}
