use std::process;

struct NotDropped;

impl Drop for NotDropped {
    fn drop(&mut self) {
        println!("this is not printed: exit skips destructors");
    }
}

fn main() {
    let _guard = NotDropped;
    println!("exiting with 3");
    eprintln!("error: giving up");
    process::exit(3);
}
