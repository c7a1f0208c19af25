fn find(v: &Vec<i32>, target: i32) -> Option<usize> {
    v.iter().position(|x| *x == target)
}

fn main() {
    let v = vec![4, 5, 6];
    println!("index of 5 = {}", find(&v, 5).unwrap());
    let missing = find(&v, 9);
    println!("index of 9 = {}", missing.unwrap());
}
