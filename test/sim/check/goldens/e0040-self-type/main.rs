struct Res {
    name: String,
}

impl Drop for Res {
    fn drop(&mut self) {
        println!("bye {}", self.name);
    }
}

fn main() {
    let mut r = Res { name: String::from("a") };
    r.drop();
}
