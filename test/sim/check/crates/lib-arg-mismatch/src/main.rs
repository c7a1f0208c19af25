use std::env;
use lib_arg_mismatch::Tally;

fn main() {
    let t = Tally::count(env::args());
    println!("{}", t.words);
}
