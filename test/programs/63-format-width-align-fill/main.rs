fn main() {
    println!("[{:5}]", 42);
    println!("[{:5}]", "ab");
    println!("[{:<5}]", 42);
    println!("[{:^7}]", "mid");
    println!("[{:^6}]", "mid");
    println!("[{:>5}]", "r");
    println!("[{:*^9}]", "hi");
    println!("[{:-<8}]", 3);
    println!("[{:#>6}]", 'c');
    println!("[{:05}]", 42);
    println!("[{:05}]", -42);
    println!("[{:<05}]", 7);
    println!("[{:+}]", 5);
    println!("[{:+}]", -5);
    println!("[{:+.1}]", 2.0);
    println!("[{:2}]", "longer than width");
    println!("[{:>8.3}]", 3.14159);
    println!("[{:^10?}]", Some(1));
    println!("[{:>6}]", true);
    println!("[{:3}]", '한');
    println!("[{:>6}]", "한글");
    println!("[{:10?}]", "dbg");
    println!("[{:<10?}]", vec![1]);
}
