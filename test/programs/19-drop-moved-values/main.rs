struct Token(&'static str);

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(t: Token) {
    println!("consume {}", t.0);
}

fn pass_through(t: Token) -> Token {
    println!("pass {}", t.0);
    t
}

fn main() {
    let a = Token("a");
    let b = Token("b");
    let c = Token("c");
    consume(a);
    println!("after consume");
    let moved = b;
    let back = pass_through(c);
    println!("after pass_through");
    let v = vec![moved];
    println!("v has {}", v.len());
    println!("end of main: back = {}", back.0);
}
