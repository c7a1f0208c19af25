pub struct Tally {
    pub words: usize,
}

impl Tally {
    pub fn count(args: &[String]) -> Tally {
        Tally { words: args.len() }
    }
}
