struct Val(&'static str);

impl Drop for Val {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    slot: Val,
}

fn main() {
    let mut x = Val("old");
    println!("before reassign");
    x = Val("new");
    println!("after reassign: {}", x.0);
    let mut h = Holder { slot: Val("slot old") };
    h.slot = Val("slot new");
    println!("after field reassign: {}", h.slot.0);
    let mut o = Some(Val("in option"));
    o = None;
    println!("option is_none = {}", o.is_none());
    println!("end of main");
}
