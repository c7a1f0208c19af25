pub fn plant() {
    let seed = String::from("tomato");
    let planted = seed;
    println!("{seed} {planted}");
}
