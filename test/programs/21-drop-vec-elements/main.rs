struct Item(u8);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop item {}", self.0);
    }
}

fn main() {
    let mut v = Vec::new();
    v.push(Item(1));
    v.push(Item(2));
    v.push(Item(3));
    let popped = v.pop();
    println!("popped is_some = {}", popped.is_some());
    drop(popped);
    v.push(Item(4));
    let arr = [Item(10), Item(11)];
    println!("len = {}, arr = {}", v.len(), arr.len());
    println!("end of main");
}
