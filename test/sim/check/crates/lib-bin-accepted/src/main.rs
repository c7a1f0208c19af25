use lib_bin_accepted::counter::Counter;

fn main() {
    let mut c = Counter::new();
    let n = lib_bin_accepted::twice(&mut c);
    println!("{n} {}", c.tick());
}
