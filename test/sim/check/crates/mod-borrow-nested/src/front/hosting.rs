pub fn seat() {
    let mut guests = vec![String::from("a")];
    let first = &guests[0];
    guests.push(String::from("b"));
    println!("{first}");
}
