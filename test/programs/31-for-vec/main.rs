fn main() {
    let v = vec![100, 32, 57];
    for x in &v {
        println!("&v: {}", x);
    }
    for x in v.iter() {
        println!("iter: {}", x * 2);
    }
    let mut w = vec![1, 2, 3];
    for x in &mut w {
        *x += 50;
    }
    println!("w = {:?}", w);
    for (i, x) in v.iter().enumerate() {
        println!("v[{}] = {}", i, x);
    }
    let names = vec![String::from("철수"), String::from("영희")];
    for name in names {
        println!("by value: {}", name);
    }
    let arr = [1.5, 2.5];
    for f in arr {
        println!("f = {}", f);
    }
}
