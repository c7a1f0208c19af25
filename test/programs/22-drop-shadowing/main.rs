struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = Loud("first x");
    println!("x = {}", x.0);
    let x = Loud("second x");
    println!("x = {}", x.0);
    {
        let x = Loud("inner x");
        println!("x = {}", x.0);
    }
    println!("x = {}", x.0);
    println!("end of main");
}
