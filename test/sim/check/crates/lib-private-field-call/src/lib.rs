pub struct Gauge {
    level: u8,
    pub label: String,
}

impl Gauge {
    pub fn new(label: &str) -> Gauge {
        Gauge { level: 0, label: label.to_string() }
    }

    pub fn raise(&mut self) {
        self.level += 1;
    }
}
