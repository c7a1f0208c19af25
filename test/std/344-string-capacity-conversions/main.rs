// How much a String reserves: growth while pushing, exact sizes from conversions, what format!, collect,
// to_string and from_utf16 allocate, and what shrink_to_fit / try_reserve leave.
fn main() {
    let mut s = String::new();
    let mut last = 0;
    for i in 0..100 { s.push('x'); if s.capacity() != last { last = s.capacity(); print!("{}:{} ", i, last); } }
    println!();
    let mut t = String::with_capacity(3);
    t.push_str("hello world");
    println!("{}", t.capacity());
    t.push_str(&"y".repeat(20));
    println!("{}", t.capacity());
    let c = t.clone();
    println!("{} {}", c.capacity(), String::from("abc").capacity());
    println!("{} {}", "hé".to_string().capacity(), format!("{}-{}", 12, "ab").capacity());
    println!("{} {}", "abc".repeat(5).capacity(), "a-b-c".replace('-', "+").capacity());
    println!("{}", "Hello".to_uppercase().capacity());
    let col: String = vec!["ab", "cd", "efg"].concat();
    println!("{}", col.capacity());
    let j = ["a", "bb"].join(", ");
    println!("{}", j.capacity());
    let chars: String = "hello".chars().rev().collect();
    println!("{}", chars.capacity());
    let mut u = String::from("ab");
    u.insert_str(1, "XYZ");
    println!("{}", u.capacity());
    u.extend(['1', '2', '3', '4', '5', '6', '7']);
    println!("{}", u.capacity());
    u.clear();
    println!("{} {}", u.len(), u.capacity());
    u.shrink_to_fit();
    println!("{}", u.capacity());
    let n = 12345.to_string();
    println!("{} {}", n.capacity(), (-5i32).to_string().capacity());
    println!("{}", 1.5f64.to_string().capacity());
    let mut w = String::with_capacity(10);
    w += "abc";
    let w2 = w + "defghijklmnop";
    println!("{}", w2.capacity());
    println!("{}", String::from_utf8(vec![104, 105]).unwrap().capacity());
    println!("{}", 'x'.to_string().capacity());
    println!("{}", "abc".to_owned().capacity());
    println!("{}", format!("{:>10}", "x").capacity());
    println!("{}", String::from_utf16(&[104, 105]).unwrap().capacity());
    println!("{}", String::from_utf16_lossy(&[104, 105]).capacity());
    for n in [1usize, 7, 9, 33] {
        let ascii: Vec<u16> = (0..n).map(|i| 0x61 + (i % 26) as u16).collect();
        let crabs: Vec<u16> = (0..n).flat_map(|_| [0xD83Eu16, 0xDD80]).collect();
        println!("{n}: {} {} | {} {}", String::from_utf16(&ascii).unwrap().capacity(), String::from_utf16(&crabs).unwrap().capacity(),
            String::from_utf16_lossy(&ascii).capacity(), String::from_utf16_lossy(&crabs).capacity());
    }
    let mut e = String::from("abc");
    e.extend_from_within(..);
    println!("{}", e.capacity());
    let b = String::from("boxed").into_boxed_str().into_string();
    println!("{}", b.capacity());
    let mut r = String::from("x");
    r.try_reserve(5).unwrap();
    println!("{}", r.capacity());
    r.try_reserve_exact(10).unwrap();
    println!("{}", r.capacity());
}
