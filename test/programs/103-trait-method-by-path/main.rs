trait Speaker {
    fn speak(&self) -> String;
    fn twice(&self) -> String {
        format!("{} {}", self.speak(), self.speak())
    }
}

trait Singer {
    fn speak(&self) -> String;
}

struct Parrot {
    name: String,
}

impl Parrot {
    fn speak(&self) -> String {
        format!("{} (inherent)", self.name)
    }
}

impl Speaker for Parrot {
    fn speak(&self) -> String {
        format!("{} says hello", self.name)
    }
}

impl Singer for Parrot {
    fn speak(&self) -> String {
        format!("{} sings la", self.name)
    }
}

struct Cat;

impl Speaker for Cat {
    fn speak(&self) -> String {
        String::from("meow")
    }
}

fn main() {
    let p = Parrot { name: String::from("Polly") };
    println!("{}", p.speak());
    println!("{}", Speaker::speak(&p));
    println!("{}", Singer::speak(&p));
    println!("{}", <Parrot as Singer>::speak(&p));
    println!("{}", Parrot::speak(&p));
    println!("{}", Speaker::twice(&Cat));
    let boxed = Box::new(Cat);
    println!("{}", Speaker::speak(&*boxed));
}
