pub trait Logger {
    fn log(&self, line: &str);
}

pub fn greet(logger: &impl Logger, name: &str) {
    logger.log(&format!("hello, {name}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Recorder {
        lines: Vec<String>,
    }

    impl Logger for Recorder {
        fn log(&self, line: &str) {
            self.lines.push(line.to_string());
        }
    }

    #[test]
    fn greets() {
        let r = Recorder { lines: Vec::new() };
        greet(&r, "ferris");
        assert_eq!(r.lines.len(), 1);
    }
}
