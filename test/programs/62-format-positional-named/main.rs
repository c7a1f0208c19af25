fn main() {
    let name = "Ferris";
    let age = 7;
    println!("{} is {} years old", name, age);
    println!("{0} {1} {0}", "a", "b");
    println!("{1} then {0}", "second", "first");
    println!("{name} is {age}", name = "Crab", age = 3);
    println!("{name} / {}", 10, name = "mixed");
    println!("inline: {name} {age}");
    println!("inline debug: {name:?} {age:>4}");
    let v = vec![1, 2];
    println!("{v:?}");
    println!("{0:?} {0}", "quote");
    let pi = 3.14159;
    println!("{pi:.2} {pi:8.3}|");
    println!("{{literal braces}} {}", 1);
    println!("{{{}}}", "wrapped");
    println!("}}{{");
}
