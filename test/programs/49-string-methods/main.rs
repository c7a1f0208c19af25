fn main() {
    let s = String::from("Hello, 세계");
    println!("upper = {}", s.to_uppercase());
    println!("lower = {}", s.to_lowercase());
    let rev: String = s.chars().rev().collect();
    println!("rev = {}", rev);
    println!("trim = [{}]", "  padded  ".trim());
    println!("replace = {}", s.replace("Hello", "Bye"));
    let parts: Vec<&str> = "a,b,,c".split(',').collect();
    println!("parts = {:?}", parts);
    let words: Vec<&str> = "  one two  three ".split_whitespace().collect();
    println!("words = {:?}", words);
    let num: i32 = "123".parse().unwrap();
    println!("num + 1 = {}", num + 1);
    let bad: Result<i32, _> = "12a".parse::<i32>();
    println!("bad = {:?}", bad);
    let mut t = String::from("abc");
    t.insert(0, '>');
    let last = t.pop();
    println!("t = {}, last = {:?}", t, last);
    println!("repeat = {}", "ab".repeat(3));
    println!("find = {:?} {:?}", s.find(','), s.find('z'));
    for (i, c) in "가나다".chars().enumerate() {
        print!("{}:{} ", i, c);
    }
    println!();
    let joined = vec!["x", "y", "z"].join("/");
    println!("joined = {}", joined);
    let mut concat = String::new();
    for w in ["ab", "cd"] {
        concat += w;
    }
    println!("concat = {}", concat);
}
