fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("empty: len {} cap {}", v.len(), v.capacity());
    for i in 0..10 {
        v.push(i);
        println!("push {}: len {} cap {}", i, v.len(), v.capacity());
    }
    let mut w: Vec<u8> = Vec::with_capacity(3);
    println!("with_capacity(3): len {} cap {}", w.len(), w.capacity());
    for i in 0..5 {
        w.push(i);
        println!("push {}: len {} cap {}", i, w.len(), w.capacity());
    }
    let x = vec![1, 2, 3];
    println!("vec! of 3: cap {}", x.capacity());
    let mut big: Vec<u64> = Vec::new();
    big.push(1);
    println!("u64 vec after one push: cap {}", big.capacity());
    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("u8 vec after one push: cap {}", bytes.capacity());
    let mut y = vec![0; 4];
    y.pop();
    println!("after pop: len {} cap {}", y.len(), y.capacity());
}
