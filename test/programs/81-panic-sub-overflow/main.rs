fn remaining(total: usize, used: usize) -> usize {
    total - used
}

fn main() {
    let items = vec![1, 2, 3];
    println!("remaining = {}", remaining(items.len(), 2));
    println!("remaining = {}", remaining(items.len(), 4));
}
