fn main() {
    print!("no newline, ");
    print!("still same line");
    println!();
    eprintln!("this goes to stderr");
    println!("back on stdout");
    eprint!("stderr without newline; ");
    eprintln!("then with {}", 42);
    let s = format!("{}-{}", "formatted", 7);
    println!("{}", s);
    eprintln!();
    println!("{}", format!("{:?}", vec!["x"]));
    println!("multi\nline\ttab");
    println!("{}", "");
    println!("한글 출력");
}
