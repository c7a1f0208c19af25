mod front {
    mod hosting {
        fn add() {}
    }
}

pub fn eat() {
    crate::front::hosting::add();
    front::hosting::add();
}

fn main() {
    eat();
}
