#[derive(Debug, Clone)]
struct Student {
    name: String,
    scores: Vec<u32>,
}

impl Student {
    fn new(name: &str) -> Student {
        Student { name: String::from(name), scores: Vec::new() }
    }

    fn add(&mut self, score: u32) {
        self.scores.push(score);
    }

    fn average(&self) -> f64 {
        let sum: u32 = self.scores.iter().sum();
        sum as f64 / self.scores.len() as f64
    }
}

fn main() {
    let mut s = Student::new("민수");
    s.add(90);
    s.add(85);
    s.add(77);
    println!("{:?}", s);
    println!("name len = {}, scores len = {}, cap = {}", s.name.len(), s.scores.len(), s.scores.capacity());
    println!("average = {:.2}", s.average());
    let mut copy = s.clone();
    copy.name.push_str(" 2");
    copy.scores[0] = 100;
    println!("original = {:?}", s);
    println!("copy = {:?}", copy);
    let moved = s;
    println!("moved.name = {}", moved.name);
    let Student { name, scores } = moved;
    println!("destructured: {} {:?}", name, scores);
}
