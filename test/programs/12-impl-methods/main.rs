#[derive(Debug)]
struct Counter {
    name: String,
    count: u32,
}

impl Counter {
    fn new(name: &str) -> Counter {
        Counter { name: String::from(name), count: 0 }
    }

    fn with_start(name: &str, start: u32) -> Self {
        Self { name: name.to_string(), count: start }
    }

    fn get(&self) -> u32 {
        self.count
    }

    fn bump(&mut self) {
        self.count += 1;
    }

    fn bump_by(&mut self, n: u32) -> u32 {
        self.count += n;
        self.count
    }

    fn into_name(self) -> String {
        self.name
    }
}

fn main() {
    let mut c = Counter::new("clicks");
    c.bump();
    c.bump();
    println!("{} = {}", c.name, c.get());
    let after = c.bump_by(10);
    println!("after bump_by = {}", after);
    println!("{:?}", c);
    let d = Counter::with_start("visits", 41);
    println!("d.get() = {}", d.get());
    let name = c.into_name();
    println!("name = {}", name);
    let mut e = Counter::new("e");
    Counter::bump(&mut e);
    println!("e = {}", Counter::get(&e));
}
