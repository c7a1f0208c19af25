pub struct Counter {
    hits: Vec<u32>,
}

impl Counter {
    pub fn new() -> Counter {
        Counter { hits: Vec::new() }
    }

    pub fn hit(&mut self, n: u32) {
        self.hits.push(n);
    }

    pub fn total(&self) -> u32 {
        self.hits.iter().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let mut c = Counter::new();
        c.hit(2);
        c.hit(3);
        assert_eq!(c.total(), 5);
    }

    #[test]
    fn starts_empty() -> Result<(), String> {
        let c = Counter::new();
        if c.total() == 0 { Ok(()) } else { Err(String::from("not empty")) }
    }
}
