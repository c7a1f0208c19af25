#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Wrapper(i32, &'static str);

#[derive(Debug)]
enum Kind {
    Leaf,
    Branch { weight: u8, tag: Option<char> },
}

#[derive(Debug)]
struct Tree {
    name: String,
    kinds: Vec<Kind>,
    pair: (i32, f64),
    empty: Vec<u8>,
    unit: Unit,
    wrap: Wrapper,
    maybe: Option<Box<i32>>,
}

fn main() {
    let t = Tree {
        name: String::from("oak"),
        kinds: vec![Kind::Leaf, Kind::Branch { weight: 3, tag: Some('x') }],
        pair: (1, 2.0),
        empty: vec![],
        unit: Unit,
        wrap: Wrapper(-1, "w"),
        maybe: Some(Box::new(9)),
    };
    println!("{:?}", t);
    println!("{:#?}", t);
    println!("{:#?}", Unit);
    println!("{:#?}", (1, "two"));
    println!("{:#?}", Some(None::<i32>));
    let empty: Vec<i32> = Vec::new();
    println!("{:#?}", empty);
    println!("{:#?}", vec![vec![1], vec![]]);
    println!("{:#?}", Kind::Leaf);
}
