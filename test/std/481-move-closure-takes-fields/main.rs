// A `move` closure takes only the places its body names (edition 2021): the rest of the struct stays with its
// owner and is dropped there, at the owner's scope end, not with the closure.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Pair {
    left: Loud,
    right: Loud,
}

struct Tagged {
    tag: &'static str,
    body: Loud,
}
impl Drop for Tagged {
    fn drop(&mut self) {
        println!("  drop Tagged {}", self.tag);
    }
}

struct Outer {
    inner: Pair,
    name: String,
}

fn main() {
    println!("one field of a plain struct:");
    let c = {
        let p = Pair { left: Loud("left"), right: Loud("right") };
        move || println!("  closure has {}", p.left.0)
    };
    c();
    drop(c);

    println!("a Copy field of a Drop type is copied:");
    let f = {
        let t = Tagged { tag: "t1", body: Loud("body1") };
        move || t.tag.len()
    };
    println!("  len {}", f());
    drop(f);

    println!("a moved field of a Drop type takes it whole:");
    let g = {
        let t = Tagged { tag: "t2", body: Loud("body2") };
        move || println!("  closure sees {}", t.body.0)
    };
    g();
    drop(g);

    println!("nested fields:");
    let o = Outer { inner: Pair { left: Loud("in-left"), right: Loud("in-right") }, name: String::from("o") };
    let h = move || o.inner.right.0.len();
    println!("  {} {}", h(), o.name);
    drop(h);
    println!("  closure gone, o still has {}", o.inner.left.0);
    println!("end");
}
