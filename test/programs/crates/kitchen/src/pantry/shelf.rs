#[derive(Debug)]
pub struct Jar {
    name: String,
}

impl Jar {
    pub fn new(name: &str) -> Jar {
        Jar { name: name.to_uppercase() }
    }

    pub fn label(&self) -> &str {
        &self.name
    }
}
