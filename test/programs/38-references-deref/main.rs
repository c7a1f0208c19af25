fn add_one(x: &mut i32) {
    *x += 1;
}

fn largest(v: &[i32]) -> &i32 {
    let mut best = &v[0];
    for x in v {
        if x > best {
            best = x;
        }
    }
    best
}

fn main() {
    let mut a = 5;
    let r = &a;
    println!("r = {}, *r = {}", r, *r);
    let m = &mut a;
    *m = 10;
    add_one(m);
    println!("a = {}", a);

    let x = 7;
    let y = &x;
    let z = &y;
    println!("x == *y: {}, **z = {}", x == *y, **z);

    let mut s = String::from("hi");
    let rs = &mut s;
    rs.push('!');
    println!("s = {}", s);

    let nums = vec![4, 19, 2];
    println!("largest = {}", largest(&nums));

    let mut pair = (1, 2);
    let first = &mut pair.0;
    *first *= 100;
    println!("pair = {:?}", pair);

    let mut arr = [0; 3];
    let slot = &mut arr[1];
    *slot = 9;
    println!("arr = {:?}", arr);
}
