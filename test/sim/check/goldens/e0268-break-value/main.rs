// `break` with a value where no loop encloses it: the whole `break value` is underlined.
fn pick(flag: bool) -> i32 {
    if flag {
        let n = break 7;
        return n;
    }
    0
}

fn main() {
    println!("{}", pick(true));
}
