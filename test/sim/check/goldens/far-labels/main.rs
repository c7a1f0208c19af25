fn main() {
    let s = String::from("hello");
    let t = s;
    let a = 1;
    let b = 2;
    let c = 3;
    let d = 4;
    let e = 5;
    let f = 6;
    println!("{a}{b}{c}{d}{e}{f}{t}");
    println!("{s}");
}
