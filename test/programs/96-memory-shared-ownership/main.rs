use std::rc::Rc;

#[derive(Debug)]
struct Book {
    title: String,
}

struct Reader {
    name: &'static str,
    book: Rc<Book>,
}

fn main() {
    let book = Rc::new(Book { title: String::from("러스트 입문") });
    println!("1. created: strong = {}", Rc::strong_count(&book));
    let alice = Reader { name: "alice", book: Rc::clone(&book) };
    println!("2. alice borrows: strong = {}", Rc::strong_count(&book));
    let bob = Reader { name: "bob", book: Rc::clone(&book) };
    println!("3. bob borrows: strong = {}", Rc::strong_count(&book));
    {
        let carol = Reader { name: "carol", book: Rc::clone(&alice.book) };
        println!("4. {} reads {}: strong = {}", carol.name, carol.book.title, Rc::strong_count(&book));
    }
    println!("5. carol left: strong = {}", Rc::strong_count(&book));
    drop(alice);
    println!("6. alice left: strong = {}", Rc::strong_count(&book));
    let shelf = vec![Rc::clone(&book), Rc::clone(&bob.book)];
    println!("7. shelf of {}: strong = {}", shelf.len(), Rc::strong_count(&book));
    drop(book);
    println!("8. original handle dropped: strong = {}", Rc::strong_count(&bob.book));
    println!("{} still has {:?}", bob.name, bob.book);
}
