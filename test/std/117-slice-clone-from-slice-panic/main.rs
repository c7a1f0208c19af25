// clone_from_slice clones element by element (String buffers are reused by clone_from); with lengths that
// differ it panics at the call — for Copy elements std takes the copy_from_slice path and its message.
fn main() {
    let mut names = vec![String::from("old"), String::from("older")];
    names.clone_from_slice(&[String::from("new"), String::from("newer")]);
    println!("{:?}", names);
    let mut nums = [0; 3];
    nums.clone_from_slice(&[1, 2, 3]);
    println!("{:?}", nums);
    nums.clone_from_slice(&[4, 5]);
}
