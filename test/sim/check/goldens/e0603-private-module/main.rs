mod outer {
    mod inner {
        pub fn hello() {
            println!("hello");
        }
    }
}

fn main() {
    outer::inner::hello();
}
