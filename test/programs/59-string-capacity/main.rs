fn main() {
    let mut s = String::new();
    println!("new: len {} cap {}", s.len(), s.capacity());
    s.push_str("a");
    println!("'a': len {} cap {}", s.len(), s.capacity());
    s.push_str("bcdefgh");
    println!("8 bytes: len {} cap {}", s.len(), s.capacity());
    s.push('i');
    println!("9 bytes: len {} cap {}", s.len(), s.capacity());
    s.push_str("0123456789");
    println!("19 bytes: len {} cap {}", s.len(), s.capacity());
    let mut k = String::new();
    k.push('한');
    println!("'한': len {} cap {}", k.len(), k.capacity());
    let f = String::from("hello");
    println!("from(\"hello\"): len {} cap {}", f.len(), f.capacity());
    let mut w = String::with_capacity(4);
    println!("with_capacity(4): cap {}", w.capacity());
    w.push_str("abcde");
    println!("after 5 bytes: cap {}", w.capacity());
}
