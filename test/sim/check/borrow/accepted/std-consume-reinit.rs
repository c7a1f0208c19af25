use std::collections::HashMap;

struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn boxed(self) -> Box<[i32]> {
        self.items.into_boxed_slice()
    }
}

fn main() {
    let mut v = vec![3, 1, 2];
    v = v.into_boxed_slice().into_vec();
    let v = v.into_boxed_slice();
    let mut names = Vec::new();
    for i in 0..3 {
        let s = format!("n{}", i);
        names.push(s.into_boxed_str());
    }
    let m: HashMap<i32, i32> = (0..3).map(|i| (i, i * i)).collect();
    let take = move || m.into_values().sum::<i32>();
    let bag = Bag { items: vec![7] };
    let mut t = String::from("t");
    if v.len() > 1 {
        let b = t.into_bytes();
        t = String::from_utf8(b).unwrap();
    }
    println!("{:?} {:?} {} {:?} {}", v, names, take(), bag.boxed(), t);
}
