fn read_number(text: &str) -> Result<i32, String> {
    text.trim().parse::<i32>().map_err(|e| format!("bad input {:?}: {}", text, e))
}

fn main() {
    let ok = read_number(" 12 ").expect("first read");
    println!("ok = {}", ok);
    let bad = read_number("twelve").expect("숫자를 읽지 못했습니다");
    println!("bad = {}", bad);
}
