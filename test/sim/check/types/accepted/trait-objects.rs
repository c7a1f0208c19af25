// Trait objects the checker must accept: boxes of types implementing the trait, methods from the trait, from a
// blanket impl over it and from `impl dyn Trait`, and std's own methods on the box.
trait Speak {
    fn speak(&self) -> String;
}

trait Loud {
    fn loud(&self) -> String;
}

impl<T: Speak + ?Sized> Loud for T {
    fn loud(&self) -> String {
        self.speak().to_uppercase()
    }
}

impl dyn Speak {
    fn twice(&self) -> String {
        format!("{0} {0}", self.speak())
    }
}

struct Dog;
struct Bird {
    song: String,
}

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

impl Speak for Bird {
    fn speak(&self) -> String {
        self.song.clone()
    }
}

struct Choir {
    voices: Vec<Box<dyn Speak>>,
    lead: Option<Box<dyn Speak>>,
}

fn make(bird: bool) -> Box<dyn Speak> {
    if bird { Box::new(Bird { song: String::from("tweet") }) } else { Box::new(Dog) }
}

fn main() {
    let choir = Choir { voices: vec![Box::new(Dog), make(true)], lead: Some(Box::new(Dog)) };
    for v in choir.voices.iter() {
        println!("{} {} {}", v.speak(), v.loud(), v.twice());
    }
    let lead = choir.lead.as_ref().unwrap();
    let inner: &dyn Speak = lead.as_ref();
    println!("{} {}", lead.speak(), inner.speak());
}
