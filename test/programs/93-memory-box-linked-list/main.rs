#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Stack {
        Stack { head: None, len: 0 }
    }

    fn push(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<i32> {
        match self.head.take() {
            Some(node) => {
                self.head = node.next;
                self.len -= 1;
                Some(node.value)
            }
            None => None,
        }
    }

    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|node| &node.value)
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    s.push(3);
    println!("len = {}, peek = {:?}", s.len, s.peek());
    println!("head = {:?}", s.head);
    println!("pop = {:?}", s.pop());
    println!("pop = {:?}", s.pop());
    s.push(10);
    println!("head = {:?}", s.head);
    while let Some(v) = s.pop() {
        println!("drain {}", v);
    }
    println!("empty: len = {}, peek = {:?}", s.len, s.peek());
}
