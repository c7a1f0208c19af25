use std::mem;

struct Resource(u32);

impl Drop for Resource {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn main() {
    let r1 = Resource(1);
    let r2 = Resource(2);
    let r3 = Resource(3);
    println!("dropping 2 early");
    drop(r2);
    println!("dropping 1 with mem::drop");
    mem::drop(r1);
    let b = Box::new(Resource(4));
    std::mem::drop(b);
    println!("end of main, {} left", r3.0);
}
