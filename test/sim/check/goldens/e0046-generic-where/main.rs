trait Animal {
    type Food;
    fn name(&self) -> String;
}
struct Dog;
impl Animal for Dog {}
mod zoo {
    pub trait Keeper<T> {
        fn keep(&self, t: T);
        fn count(&self) -> usize { 0 }
    }
    pub struct K;
    impl<T: Clone> Keeper<T> for K where T: Copy {
    }
}
fn main() { let _ = Dog; }
