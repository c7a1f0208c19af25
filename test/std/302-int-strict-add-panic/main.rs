// strict_add panics on overflow even in a release build: a counter of u8 pages runs past 255.
fn main() {
    let mut pages: u8 = 250;
    for chapter in [3u8, 2, 4] {
        pages = pages.strict_add(chapter);
        println!("after chapter of {chapter}: {pages}");
    }
}
