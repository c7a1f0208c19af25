trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

struct Choir {
    voices: Vec<Box<dyn Speak>>,
}

fn main() {
    let choir = Choir { voices: vec![Box::new(Dog), Box::new(String::from("la"))] };
    let solo: Box<dyn Speak> = Box::new(7);
    let more: Vec<Box<dyn Speak>> = vec![Box::new(2.5)];
    for v in choir.voices.iter() {
        println!("{}", v.speak());
    }
    println!("{} {}", solo.speak(), more.len());
}
