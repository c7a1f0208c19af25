struct Wrapper<T>(T);

impl<T> Wrapper<T> {
    fn new(x: T) -> Wrapper<T> {
        Wrapper(x)
    }
}

fn main() {
    let w = Wrapper::new(7);
    let n = *w + 1;
    println!("{n}");
}
