struct Temp(i32);

impl Drop for Temp {
    fn drop(&mut self) {
        println!("drop Temp({})", self.0);
    }
}

impl Temp {
    fn value(&self) -> i32 {
        self.0
    }
}

fn main() {
    println!("start");
    let v = Temp(1).value() + Temp(2).value();
    println!("v = {}", v);
    let _ = Temp(3);
    println!("after let _");
    let _kept = Temp(4);
    println!("len = {}", format!("{}", Temp(5).value()).len());
    println!("end of main");
}
