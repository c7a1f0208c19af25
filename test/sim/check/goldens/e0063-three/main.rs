struct Config {
    zeta: u8,
    beta: u8,
    alpha: u8,
    gamma: u8,
}

fn main() {
    let c = Config { zeta: 1 };
    println!("{}", c.zeta);
}
