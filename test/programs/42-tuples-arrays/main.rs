fn main() {
    let tup: (i32, f64, u8) = (500, 6.4, 1);
    let (x, y, z) = tup;
    println!("x = {}, y = {}, z = {}", x, y, z);
    println!("tup.0 = {}, tup.1 = {}", tup.0, tup.1);
    println!("tup = {:?}", tup);
    let nested = ((1, 2), [3, 4]);
    println!("nested.0.1 = {}, nested.1[0] = {}", (nested.0).1, nested.1[0]);
    let unit = ();
    println!("unit = {:?}", unit);
    let single = (5,);
    println!("single = {:?}", single);

    let a = [1, 2, 3, 4, 5];
    let first = a[0];
    let second = a[1];
    println!("first = {}, second = {}, len = {}", first, second, a.len());
    let zeros = [0u8; 4];
    println!("zeros = {:?}", zeros);
    let mut grid = [[0; 3]; 2];
    grid[1][2] = 7;
    println!("grid = {:?}", grid);
    let months = ["1월", "2월", "3월"];
    let i = 2;
    println!("months[{}] = {}", i, months[i]);
    let slice = &a[1..4];
    println!("slice = {:?}, len = {}", slice, slice.len());
    let mut b = a;
    b[0] = 100;
    println!("a[0] = {}, b[0] = {}", a[0], b[0]);
}
