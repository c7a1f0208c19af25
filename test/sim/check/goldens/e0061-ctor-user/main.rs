// Constructors called with the wrong number of fields: a tuple variant and a tuple struct.
#[derive(Debug)]
enum Token { Num(i64), Pair(char, char) }

#[derive(Debug)]
struct Celsius(f64);

fn main() {
    let t = Token::Pair('a');
    let c = Celsius();
    let n = Token::Num(1, 2);
    println!("{:?} {:?} {:?}", t, c, n);
}
