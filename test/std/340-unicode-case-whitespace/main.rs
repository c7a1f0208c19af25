// Unicode-aware text: case mapping that changes length (ß → SS), chars that are neither upper nor lower
// case, what counts as whitespace (NEL yes, zero-width space no), and comparing strings as Orderings.
use std::cmp::Ordering;

fn main() {
    for c in ['a', 'ß', 'İ', 'ǅ', 'Σ'] {
        let up: Vec<char> = c.to_uppercase().collect();
        println!("{c}: upper {} ({} chars, {:?}) lower {} | {} {}", c.to_uppercase(), up.len(), up, c.to_lowercase(), c.is_uppercase(), c.is_lowercase());
    }
    println!("{:?} {:?}", 'ß'.to_uppercase(), 'a'.to_lowercase().next());
    println!("{} {}", "ΟΔΥΣΣΕΥΣ".to_lowercase(), "straße".to_uppercase());
    for c in [' ', '\t', '\u{85}', '\u{a0}', '\u{3000}', '\u{200b}', '\u{feff}'] {
        print!("{:?}={} ", c, c.is_whitespace());
    }
    println!();
    let s = "\u{85}\u{a0} two\u{3000}words \u{feff}";
    println!("{:?}", s.split_whitespace().collect::<Vec<_>>());
    println!("{:?} {:?} {:?}", s.trim(), s.trim_start(), s.trim_end());
    println!("{:?}", s.split_ascii_whitespace().collect::<Vec<_>>());
    let mut words = vec!["pear", "Apple", "fig", "apple"];
    words.sort();
    println!("{words:?}");
    words.sort_by_key(|w| w.to_lowercase());
    println!("{words:?}");
    for (a, b) in [("abc", "abd"), ("b", "abc"), ("x", "x")] {
        let o = a.cmp(b);
        println!("{a} vs {b}: {:?} as i8 = {} reversed {:?}", o, o as i8, o.reverse());
    }
    println!("{}", Ordering::Greater as i32 - Ordering::Less as i32);
}
