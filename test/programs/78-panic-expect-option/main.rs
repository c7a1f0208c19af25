fn main() {
    let args: Vec<&str> = vec![];
    let first = args.first().expect("인자가 하나 이상 필요합니다");
    println!("{}", first);
}
