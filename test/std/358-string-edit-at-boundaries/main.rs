// Editing a String by byte offsets found with char_indices, so every offset is a char boundary;
// ceil/floor_char_boundary round an arbitrary offset to one.
fn main() {
    let mut s = String::from("añejo über");
    let idx: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    println!("{idx:?}");
    s.insert(idx[2], '~');
    s.insert_str(s.len(), "!");
    println!("{s}");
    let at = s.find('ü').unwrap();
    println!("removed {:?}: {s:?}", s.remove(at));
    s.replace_range(s.floor_char_boundary(2)..s.ceil_char_boundary(2), "N");
    println!("{s}");
    println!("{} {}", s.ceil_char_boundary(100), s.floor_char_boundary(100));
}
