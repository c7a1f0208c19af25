struct Log {
    lines: Vec<String>,
}

impl Log {
    fn add(&self, l: &str) {
        self.lines.push(l.to_string());
    }
}

fn main() {
    let log = Log { lines: vec![] };
    log.add("x");
}
