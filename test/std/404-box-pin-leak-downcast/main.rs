use std::any::Any;
use std::fmt::Debug;
use std::pin::Pin;

#[derive(Debug)]
struct Sensor {
    id: u32,
    reading: f64,
}

fn describe(item: Box<dyn Any>) -> String {
    match item.downcast::<Sensor>() {
        Ok(s) => format!("sensor #{} reads {}", s.id, s.reading),
        Err(other) => match other.downcast::<i32>() {
            Ok(n) => format!("a number {}", n),
            Err(_) => String::from("something else"),
        },
    }
}

fn show_pinned<T: Debug>(p: Pin<Box<T>>) {
    println!("pinned box holds {:?}", p);
}

fn main() {
    // Box::new / downcast
    let things: Vec<Box<dyn Any>> = vec![
        Box::new(Sensor { id: 7, reading: 21.5 }),
        Box::new(42i32),
        Box::new("text"),
    ];
    for t in things {
        println!("{}", describe(t));
    }

    // Box::pin / into_pin
    let p: Pin<Box<Sensor>> = Box::pin(Sensor { id: 1, reading: 0.5 });
    println!("id through the pin: {}", p.id);
    show_pinned(p);
    let b = Box::new(vec![1, 2, 3]);
    let pinned = Box::into_pin(b);
    println!("len {}", pinned.len());

    // Box::leak: the value lives for the rest of the program
    let counter: &'static mut u64 = Box::leak(Box::new(0u64));
    for _ in 0..5 {
        *counter += 2;
    }
    println!("leaked counter {}", counter);
    let name: &'static mut String = Box::leak(Box::new(String::from("forever")));
    name.push_str(" and ever");
    println!("leaked str {}", name);

    // Box::new_uninit + Box::write
    let slot = Box::<[u8; 4]>::new_uninit();
    let filled: Box<[u8; 4]> = Box::write(slot, [1, 2, 3, 4]);
    println!("written {:?}", filled);
    let one = Box::write(Box::new_uninit(), Sensor { id: 9, reading: 3.25 });
    println!("{:?}", one);
}
