// Trickier programs rustc accepts: partial moves, struct update, entry API, while-let with pushes, builders,
// disjoint field borrows, linked lists walked by moving, conditional initialisation, closures over counters.
use std::collections::HashMap;

#[derive(Debug)]
struct Conf {
    name: String,
    level: u8,
    verbose: bool,
}

struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    items: Vec<i32>,
    pushes: usize,
}

impl Stack {
    fn push(&mut self, x: i32) -> &mut Self {
        let items = &mut self.items;
        items.push(x);
        self.pushes += 1;
        self
    }
    fn top(&self) -> Option<&i32> {
        self.items.last()
    }
    fn name(&self) -> &str {
        if self.items.is_empty() { "empty" } else { "full" }
    }
}

fn pick<'a>(x: &'a str) -> &'a str {
    let y = x;
    y
}

fn main() {
    let a = Conf { name: String::from("a"), level: 1, verbose: false };
    let b = Conf { name: String::from("b"), ..a };
    println!("{:?} {} {}", b, a.level, a.name);

    let pair = (String::from("l"), String::from("r"));
    let (left, _) = (pair.0, 1);
    println!("{left} {}", pair.1);

    let mut counts: HashMap<String, i32> = HashMap::new();
    for w in "a b a".split_whitespace() {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?}", counts.get("a"));

    let mut stack = vec![1];
    while let Some(top) = stack.pop() {
        if top < 3 {
            stack.push(top + 1);
        }
    }

    let mut s = Stack { items: vec![], pushes: 0 };
    s.push(1).push(2);
    if let Some(t) = s.top() {
        println!("{t}");
    }
    s.push(3);
    println!("{} {}", s.name(), s.pushes);

    let mut list = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }));
    let mut sum = 0;
    while let Some(node) = list {
        sum += node.val;
        list = node.next;
    }
    println!("{sum}");

    let mut v = vec![1, 2, 3];
    for i in 0..v.len() {
        v[i] += 1;
    }
    let factor = 2;
    let total: i32 = v.iter().map(|x| x * factor).sum();
    v.push(total);
    let m = v.iter().max().copied();
    v.push(m.unwrap_or(0));

    let x;
    if v.len() > 2 {
        x = 1;
    } else {
        return;
    }
    println!("{x} {}", pick("p"));

    let mut acc = 0;
    let mut add = |n: i32| acc += n;
    add(1);
    add(2);
    println!("{acc}");

    let mut p = String::from("p");
    let mut q = String::from("q");
    std::mem::swap(&mut p, &mut q);
    let len = p.len();
    p.truncate(len - 1);
    p.push_str(&q.clone());
    println!("{p} {q}");

    let msg = Some(String::from("m"));
    match msg {
        Some(text) => println!("{text}"),
        None => {}
    }

    let mut out = String::new();
    loop {
        out = format!("{out}x");
        if out.len() > 2 {
            break;
        }
    }
    println!("{out}");

    let c = Conf { name: String::from("c"), level: 2, verbose: true };
    let Conf { name, level, .. } = c;
    println!("{name} {level} {}", c.verbose);
}
