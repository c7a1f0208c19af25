struct Guard(i32);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("  drop guard {}", self.0);
    }
}

fn main() {
    for i in 0..3 {
        let _g = Guard(i);
        println!("iteration {}", i);
    }
    let mut n = 10;
    while n < 12 {
        let g = Guard(n);
        n += 1;
        if n == 12 {
            println!("break with guard {}", g.0);
            break;
        }
        println!("continue");
    }
    println!("done");
}
