use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two shared borrows: {:?} {:?}", r1, r2);
    }
    cell.borrow_mut().push(4);
    println!("after push: {:?}", cell.borrow());
    {
        let mut w = cell.borrow_mut();
        w[0] = 100;
        w.push(5);
    }
    println!("len = {}", cell.borrow().len());
    println!("first = {}", cell.borrow()[0]);
    let counter = RefCell::new(0);
    *counter.borrow_mut() += 10;
    *counter.borrow_mut() *= 3;
    println!("counter = {}", counter.borrow());
    println!("try_borrow_mut ok = {}", counter.try_borrow_mut().is_ok());
    let held = counter.borrow();
    println!("try_borrow_mut while borrowed ok = {}", counter.try_borrow_mut().is_ok());
    println!("held = {}", held);
    let old = cell.replace(vec![9]);
    println!("old = {:?}, new = {:?}", old, cell.borrow());
    let inner = cell.into_inner();
    println!("inner = {:?}", inner);
}
