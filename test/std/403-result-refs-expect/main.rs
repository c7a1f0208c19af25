use std::num::ParseIntError;

#[derive(Debug, Clone, PartialEq)]
enum BankError {
    Insufficient { needed: u32, available: u32 },
    Frozen,
}

fn withdraw(balance: u32, amount: u32) -> Result<u32, BankError> {
    if amount > balance {
        Err(BankError::Insufficient { needed: amount, available: balance })
    } else {
        Ok(balance - amount)
    }
}

fn parse_pair(s: &str) -> Result<Result<(i32, i32), String>, ParseIntError> {
    let mut parts = s.split(',');
    let a: i32 = parts.next().unwrap_or("").trim().parse()?;
    match parts.next() {
        Some(b) => Ok(Ok((a, b.trim().parse()?))),
        None => Ok(Err(format!("only one number in {:?}", s))),
    }
}

fn main() {
    // expect / expect_err
    let left = withdraw(100, 30).expect("enough money");
    println!("left {}", left);
    let e = withdraw(10, 30).expect_err("should fail");
    println!("error {:?}", e);

    // or
    let frozen: Result<u32, BankError> = Err(BankError::Frozen);
    println!("or {:?}", frozen.clone().or(withdraw(50, 5)));
    println!("or keeps ok {:?}", withdraw(9, 1).or(Err::<u32, BankError>(BankError::Frozen)));

    // as_ref / as_mut
    let mut acct: Result<u32, BankError> = Ok(40);
    if let Ok(b) = acct.as_mut() {
        *b += 2;
    }
    println!("as_ref {:?} still {:?}", acct.as_ref().map(|b| *b * 10), acct);

    // as_deref / as_deref_mut
    let name: Result<String, u8> = Ok("ferris".to_string());
    let view: Result<&str, &u8> = name.as_deref();
    println!("as_deref {:?}", view);
    let mut boxed: Result<Box<i32>, String> = Ok(Box::new(5));
    if let Ok(n) = boxed.as_deref_mut() {
        *n += 1;
    }
    println!("as_deref_mut {:?}", boxed);

    // cloned / copied
    let v = vec![1, 2, 3];
    let first: Result<&i32, String> = v.first().ok_or("empty".to_string());
    println!("copied {:?} cloned {:?}", first.clone().copied(), first.cloned());
    let words = vec![String::from("one")];
    let w: Result<&String, ()> = words.first().ok_or(());
    let owned: Result<String, ()> = w.cloned();
    println!("owned {:?}", owned);

    // flatten
    for input in ["3, 4", "7", "x, 1"] {
        match parse_pair(input) {
            Ok(inner) => println!("{:?} -> {:?}", input, inner),
            Err(e) => println!("{:?} -> parse error {}", input, e),
        }
    }
    let nested: Result<Result<i32, String>, String> = Ok(Ok(8));
    println!("flatten {:?}", nested.flatten());
    let nested2: Result<Result<i32, String>, String> = Ok(Err("inner".to_string()));
    println!("flatten2 {:?}", nested2.flatten());

    // iter / iter_mut
    let mut r: Result<i32, String> = Ok(10);
    for x in r.iter_mut() {
        *x -= 3;
    }
    let total: i32 = r.iter().sum();
    println!("iter_mut {:?} total {}", r, total);
    let bad: Result<i32, String> = Err("no".to_string());
    println!("iter on Err counts {}", bad.iter().count());

    // expect on Err panics with the message and the error's Debug.
    let rate: Result<u32, BankError> = withdraw(1, 2);
    let r = rate.expect("withdrawal failed");
    println!("unreachable {}", r);
}
