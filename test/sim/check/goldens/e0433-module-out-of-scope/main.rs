mod tools {
    pub mod math {
        pub fn double(x: i32) -> i32 {
            x * 2
        }
    }
}

mod report {
    pub fn show() {
        println!("{}", math::double(21));
    }
}

fn main() {
    report::show();
}
