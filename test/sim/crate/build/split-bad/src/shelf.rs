pub fn count() -> usize {
    let names = vec![String::from("salt"), String::from("flour")];
    let taken = names;
    names.len() + taken.len()
}
