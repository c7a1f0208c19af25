fn main() {
    let width = 8;
    let prec = 2;
    println!("[{:width$}]", 42, width = width);
    println!("[{:>width$}]", "r");
    println!("[{:1$}]", 7, 5);
    println!("[{:.*}]", 3, 1.23456);
    println!("[{:.prec$}]", 2.0f64 / 3.0);
    println!("[{:width$.prec$}]", 9.87654);
    println!("[{:>1$.2}]", 1.0, 7);
    println!("[{:.0}]", 0.5);
    println!("[{:.0}]", 1.5);
    println!("[{:.1}]", 0.05);
    println!("[{:.3}]", "truncated string");
    println!("[{:5.2}]", "abc");
    println!("[{:.3}]", 10);
    println!("[{:<w$}|{:>w$}]", "L", "R", w = 4);
}
