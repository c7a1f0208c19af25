use std::cell::Cell;

struct Visits {
    name: &'static str,
    count: Cell<u32>,
}

impl Visits {
    fn visit(&self) {
        self.count.set(self.count.get() + 1);
    }
}

fn main() {
    let c = Cell::new(5);
    println!("get = {}", c.get());
    c.set(10);
    println!("after set = {}", c.get());
    let old = c.replace(20);
    println!("replace returned {}, now {}", old, c.get());
    let page = Visits { name: "home", count: Cell::new(0) };
    page.visit();
    page.visit();
    page.visit();
    println!("{} visited {} times", page.name, page.count.get());
    let shared = &page;
    shared.visit();
    println!("count = {}", page.count.get());
    println!("into_inner = {}", c.into_inner());
}
