fn main() {
    let mut v = vec![1, 2, 3];
    for &x in v.iter_mut() {
        println!("{}", x);
    }
    let total: i32 = v.iter_mut().map(|&x| x * 2).sum();
    let mut y = 5;
    let &z = &mut y;
    let mut names = vec![String::from("a")];
    names.iter_mut().for_each(|&s| println!("{}", s));
    println!("{} {}", total, z);
}
