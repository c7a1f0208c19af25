fn main() {
    let y = {
        let x = 3;
        x * x + 1
    };
    println!("y = {}", y);

    let z = {
        let a = 10;
        let b = 20;
        a + b;
    };
    println!("z = {:?}", z);

    let message = {
        let n = y % 2;
        if n == 0 { "짝수" } else { "홀수" }
    };
    println!("{}", message);

    let total = {
        let mut t = 0;
        for i in 1..=4 {
            t += i;
        }
        t
    };
    println!("total = {}", total);
}
