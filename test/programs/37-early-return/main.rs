fn find_first_negative(v: &Vec<i32>) -> Option<usize> {
    for (i, x) in v.iter().enumerate() {
        if *x < 0 {
            return Some(i);
        }
    }
    None
}

fn check(age: i32) -> &'static str {
    if age < 0 {
        return "잘못된 나이";
    }
    if age < 20 {
        return "미성년";
    }
    "성인"
}

fn main() {
    let v = vec![3, 8, -2, 5, -9];
    println!("{:?}", find_first_negative(&v));
    println!("{:?}", find_first_negative(&vec![1, 2]));
    println!("{} {} {}", check(-1), check(15), check(30));
}
