use std::cell::{Cell, Ref, RefCell, RefMut};
use std::mem;

#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
    tags: Vec<String>,
}

#[allow(dead_code)]
enum Shape {
    Circle(f64),
    Square(f64),
    Empty,
}

fn main() {
    // Cell::update / from_mut / as_slice_of_cells / as_array_of_cells
    let hits = Cell::new(1u32);
    hits.update(|h| h * 10);
    hits.update(|h| h + 5);
    println!("hits {}", hits.get());
    let mut plain = 41;
    let c: &Cell<i32> = Cell::from_mut(&mut plain);
    c.set(c.get() + 1);
    println!("plain {}", plain);
    let mut nums = [1, 2, 3, 4];
    let cells: &[Cell<i32>] = Cell::from_mut(&mut nums[..]).as_slice_of_cells();
    for w in cells.windows(2) {
        w[1].set(w[1].get() + w[0].get());
    }
    println!("prefix sums {:?}", nums);
    let mut arr = [10u8, 20, 30];
    let ac: &[Cell<u8>; 3] = Cell::from_mut(&mut arr).as_array_of_cells();
    ac[0].swap(&ac[2]);
    println!("swapped {:?}", arr);

    // Ref::map / Ref::clone / Ref::filter_map / Ref::map_split
    let p = RefCell::new(Player { name: "ann".to_string(), score: 7, tags: vec!["fast".to_string(), "new".to_string()] });
    {
        let name: Ref<String> = Ref::map(p.borrow(), |pl| &pl.name);
        let again = Ref::clone(&name);
        println!("name {} again {} borrows ok: {}", *name, *again, p.try_borrow_mut().is_err());
    }
    {
        let first_tag = Ref::filter_map(p.borrow(), |pl| pl.tags.first());
        match first_tag {
            Ok(t) => println!("first tag {}", *t),
            Err(_) => println!("no tags"),
        }
        let missing = Ref::filter_map(p.borrow(), |pl| pl.tags.get(5));
        println!("tag 5 found: {}", missing.is_ok());
    }
    {
        let (name, score) = Ref::map_split(p.borrow(), |pl| (&pl.name, &pl.score));
        println!("split {} {}", *name, *score);
    }
    {
        let mut score: RefMut<u32> = RefMut::map(p.borrow_mut(), |pl| &mut pl.score);
        *score += 100;
    }
    {
        let (mut name, mut tags) = RefMut::map_split(p.borrow_mut(), |pl| (&mut pl.name, &mut pl.tags));
        name.push('!');
        tags.push("pro".to_string());
    }
    {
        let got = RefMut::filter_map(p.borrow_mut(), |pl| pl.tags.last_mut());
        if let Ok(mut t) = got {
            t.push('+');
        }
    }
    println!("{:?}", p.borrow());

    // mem::discriminant / needs_drop / align_of_val
    let a = Shape::Circle(1.0);
    let b = Shape::Circle(2.5);
    let c = Shape::Square(1.0);
    println!("same kind {} {}", mem::discriminant(&a) == mem::discriminant(&b), mem::discriminant(&a) == mem::discriminant(&c));
    println!("empty differs {}", mem::discriminant(&Shape::Empty) != mem::discriminant(&c));
    println!("{:?} {:?}", mem::discriminant(&c), mem::discriminant(&Some(3)));
    println!("needs_drop i32 {} String {} Vec<u8> {} (u8,bool) {} Player {}", mem::needs_drop::<i32>(), mem::needs_drop::<String>(), mem::needs_drop::<Vec<u8>>(), mem::needs_drop::<(u8, bool)>(), mem::needs_drop::<Player>());
    let x = 5u16;
    let s = "hello";
    let v = vec![1u64];
    println!("align_of_val {} {} {} {}", mem::align_of_val(&x), mem::align_of_val(s), mem::align_of_val(&v), mem::align_of_val(&p));

    // a second mutable borrow panics
    let _held = p.borrow_mut();
    let again = p.borrow_mut();
    println!("unreachable {}", again.score);
}
