// `Box::new(closure) as Box<dyn Fn(..)>`, `Rc::new(x) as Rc<dyn Trait>` and `&x as &dyn Trait`: unsizing casts,
// the value itself unchanged (what a `let b: Box<dyn Fn> = …` coercion does).
use std::rc::Rc;

trait Speak { fn speak(&self) -> String; }
struct Dog;
struct Cat(u8);
impl Speak for Dog { fn speak(&self) -> String { "woof".into() } }
impl Speak for Cat { fn speak(&self) -> String { "meow".repeat(self.0 as usize) } }

fn main() {
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x: i32| x * k) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{:?}", adders.iter().map(|f| f(10)).collect::<Vec<_>>());
    let pets = vec![Rc::new(Dog) as Rc<dyn Speak>, Rc::new(Cat(2)) as Rc<dyn Speak>];
    let again = Rc::clone(&pets[1]);
    println!("{} {} {}", pets[0].speak(), again.speak(), Rc::strong_count(&pets[1]));
    let d = Dog;
    let r = (&d) as &dyn Speak;
    println!("{}", r.speak());
    let boxed = Box::new(Cat(1)) as Box<dyn Speak>;
    println!("{}", boxed.speak());
}
