use std::cell::RefCell;

#[derive(Debug)]
struct Holder {
    cell: RefCell<i32>,
}

fn main() {
    let c = RefCell::new(5);
    println!("{:?}", c);
    {
        let _r = c.borrow();
        println!("while shared: {:?}", c);
    }
    {
        let mut w = c.borrow_mut();
        *w += 1;
        println!("while mutably borrowed: {:?}", c);
    }
    println!("after: {:?}", c);
    let h = Holder { cell: RefCell::new(1) };
    let _g = h.cell.borrow_mut();
    println!("{:?}", h);
    println!("{:#?}", h);
    let v = RefCell::new(vec![1, 2]);
    println!("{:?}", v);
}
