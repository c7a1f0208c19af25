use std::thread;

fn main() {
    let data = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let mut evens = 0;
    let (left, right) = data.split_at(4);
    thread::scope(|s| {
        let a = s.spawn(|| left.iter().sum::<i32>());
        let b = s.spawn(|| right.iter().sum::<i32>());
        println!("left sum {}", a.join().unwrap());
        println!("right sum {}", b.join().unwrap());
    });
    thread::scope(|s| {
        s.spawn(|| {
            evens = data.iter().filter(|x| *x % 2 == 0).count();
        });
    });
    println!("evens {evens}, data still here: {:?}", data);
}
