fn divide(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

fn main() {
    let some = Some(5);
    let none: Option<i32> = None;
    println!("{:?} {:?}", some, none);
    println!("is_some {} is_none {}", some.is_some(), none.is_none());
    println!("unwrap {}", some.unwrap());
    println!("expect {}", some.expect("값이 있어야 합니다"));
    println!("unwrap_or {} {}", some.unwrap_or(0), none.unwrap_or(0));
    println!("map {:?} {:?}", some.map(|x| x * 2), none.map(|x| x * 2));
    println!("and_then {:?}", some.and_then(|x| divide(100, x)));
    println!("and_then zero {:?}", Some(0).and_then(|x| divide(100, x)));
    println!("ok_or {:?} {:?}", some.ok_or("없음"), none.ok_or("없음"));
    println!("unwrap_or_default {}", none.unwrap_or_default());
    println!("filter {:?}", some.filter(|x| *x > 10));
    println!("or {:?}", none.or(Some(9)));
    let name: Option<String> = Some(String::from("kim"));
    println!("as_ref len {:?}", name.as_ref().map(|s| s.len()));
    println!("name still {:?}", name);
    let mut slot = Some(3);
    let taken = slot.take();
    println!("taken {:?}, slot {:?}", taken, slot);
    if let Some(x) = divide(7, 2) {
        println!("7 / 2 = {}", x);
    }
}
