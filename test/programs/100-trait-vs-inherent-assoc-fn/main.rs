trait Label {
    fn title() -> String;
    fn describe(&self) -> String {
        format!("a thing called {}", Self::title())
    }
}

struct Kettle {
    litres: u32,
}

impl Kettle {
    fn title() -> String {
        String::from("Kettle (inherent)")
    }
}

impl Label for Kettle {
    fn title() -> String {
        String::from("Kettle (from Label)")
    }
}

struct Mug;

impl Label for Mug {
    fn title() -> String {
        String::from("Mug")
    }
}

fn main() {
    let k = Kettle { litres: 2 };
    println!("{}", Kettle::title());
    println!("{}", <Kettle as Label>::title());
    println!("{}", Mug::title());
    println!("{}", <Mug as Label>::title());
    println!("{}", k.describe());
    println!("{} litres", k.litres);
}
