unsafe fn halve(n: &mut u32) {
    *n /= 2;
}

struct Meter {
    value: u32,
}

impl Meter {
    unsafe fn clear(&mut self) {
        self.value = 0;
    }
}

fn main() {
    let mut n = 10;
    unsafe { halve(&mut n) };
    let mut m = Meter { value: n };
    unsafe {
        halve(&mut m.value);
        m.clear();
    }
    println!("{n} {}", m.value);
}
