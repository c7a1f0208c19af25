enum Msg {
    Text(String),
    Quit,
}

fn main() {
    let m = Msg::Text(String::from("hi"));
    match m {
        Msg::Text(t) => println!("{t}"),
        Msg::Quit => {}
    }
    if let Msg::Text(t) = m {
        println!("{t}");
    }
}
