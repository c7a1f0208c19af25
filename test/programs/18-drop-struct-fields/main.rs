struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.0);
    }
}

struct Machine {
    first: Part,
    second: Part,
    third: Part,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop machine (fields still alive: {}, {}, {})", self.first.0, self.second.0, self.third.0);
    }
}

struct Pair(Part, Part);

fn main() {
    let _m = Machine {
        third: Part("third"),
        first: Part("first"),
        second: Part("second"),
    };
    let _p = Pair(Part("left"), Part("right"));
    let _t = (Part("tuple0"), Part("tuple1"));
    println!("end of main");
}
