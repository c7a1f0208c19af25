use lib_test_accepted::Counter;

fn main() {
    let mut c = Counter::new();
    c.hit(4);
    println!("{}", c.total());
}

#[cfg(test)]
mod tests {
    #[test]
    fn runs() {
        super::main();
    }
}
