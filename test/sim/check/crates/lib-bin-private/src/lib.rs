pub fn greet() -> String {
    helper()
}

fn helper() -> String {
    String::from("hi")
}
