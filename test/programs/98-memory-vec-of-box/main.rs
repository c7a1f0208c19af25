#[derive(Debug)]
struct Sprite {
    id: u32,
    pos: (i32, i32),
}

impl Drop for Sprite {
    fn drop(&mut self) {
        println!("free sprite {}", self.id);
    }
}

fn main() {
    let mut sprites: Vec<Box<Sprite>> = Vec::new();
    for id in 1..=3 {
        sprites.push(Box::new(Sprite { id, pos: (id as i32 * 10, 0) }));
    }
    println!("{} sprites, cap {}", sprites.len(), sprites.capacity());
    for s in sprites.iter_mut() {
        s.pos.1 += 5;
    }
    println!("{:?}", sprites[1]);
    let removed = sprites.remove(0);
    println!("removed {}", removed.id);
    drop(removed);
    let moved_out = sprites.pop().unwrap();
    println!("popped {:?}", moved_out);
    let nums: Vec<Box<i32>> = vec![Box::new(1), Box::new(2)];
    let total: i32 = nums.iter().map(|b| **b).sum();
    println!("total = {}", total);
    println!("end of main");
}
