#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn three(base: i32) -> Vec<D> {
    vec![D(base + 1), D(base + 2), D(base + 3)]
}

fn main() {
    println!("count:");
    println!("  = {}", three(0).into_iter().count());
    println!("last:");
    println!("  = {:?}", three(10).into_iter().last().map(|d| d.0));
    println!("nth(1):");
    println!("  = {:?}", three(20).into_iter().nth(1).map(|d| d.0));
    println!("max:");
    println!("  = {:?}", vec![D(32), D(35), D(31)].into_iter().max().map(|d| d.0));
    println!("min_by_key:");
    println!("  = {:?}", vec![D(42), D(41), D(45)].into_iter().min_by_key(|d| d.0 % 3).map(|d| d.0));
    println!("array by value, count:");
    println!("  = {}", [D(51), D(52)].into_iter().count());
    println!("flatten, take 2:");
    let got: Vec<i32> = vec![three(60), three(70)].into_iter().flatten().take(2).map(|d| d.0).collect();
    println!("  = {:?}", got);
    println!("position by value:");
    println!("  = {:?}", three(80).into_iter().position(|d| d.0 == 82));
    println!("any:");
    println!("  = {}", three(90).into_iter().any(|d| d.0 == 91));
    println!("skip_while / take_while:");
    let tw: Vec<i32> = three(100).into_iter().skip_while(|d| d.0 < 102).take_while(|d| d.0 < 103).map(|d| d.0).collect();
    println!("  = {:?}", tw);
    println!("step_by:");
    let sb: Vec<i32> = vec![D(111), D(112), D(113), D(114)].into_iter().step_by(2).map(|d| d.0).collect();
    println!("  = {:?}", sb);
    println!("for over array, break:");
    for d in [D(121), D(122), D(123)] {
        println!("  at {}", d.0);
        if d.0 == 122 {
            break;
        }
    }
    println!("end");
}
