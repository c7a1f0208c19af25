use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

fn deposit(acc: &Rc<RefCell<Account>>, amount: i64) {
    let mut a = acc.borrow_mut();
    a.balance += amount;
    a.history.push(amount);
}

fn main() {
    let shared = Rc::new(RefCell::new(Account {
        owner: String::from("kim"),
        balance: 0,
        history: vec![],
    }));
    let phone = Rc::clone(&shared);
    let laptop = Rc::clone(&shared);
    deposit(&phone, 100);
    deposit(&laptop, -30);
    shared.borrow_mut().owner.push_str(" (joint)");
    println!("balance = {}", shared.borrow().balance);
    println!("history = {:?}", laptop.borrow().history);
    println!("{:?}", phone.borrow());
    {
        let view = shared.borrow();
        println!("owner = {}, strong = {}", view.owner, Rc::strong_count(&shared));
    }
    let value = Rc::new(RefCell::new(5));
    let a = Rc::clone(&value);
    *a.borrow_mut() += 10;
    println!("value = {:?}", value);
}
