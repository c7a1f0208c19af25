fn main() {
    let config: Option<u8> = Some(3);
    if let Some(max) = config {
        println!("max = {}", max);
    }
    let nothing: Option<u8> = None;
    if let Some(n) = nothing {
        println!("never {}", n);
    } else {
        println!("nothing here");
    }

    let mut stack = Vec::new();
    stack.push(1);
    stack.push(2);
    stack.push(3);
    while let Some(top) = stack.pop() {
        println!("pop {}", top);
    }
    println!("stack empty: {}", stack.is_empty());

    let result: Result<i32, String> = Err(String::from("bad"));
    if let Ok(v) = result {
        println!("ok {}", v);
    } else if let Err(e) = &result {
        println!("err {}", e);
    }

    let mut n = 0;
    let mut next = || {
        n += 1;
        if n <= 3 { Some(n * 10) } else { None }
    };
    while let Some(v) = next() {
        println!("got {}", v);
    }
}
