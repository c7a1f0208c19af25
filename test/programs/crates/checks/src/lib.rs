/// Adds two.
///
/// ```
/// assert_eq!(checks::add_two(2), 4);
/// ```
pub fn add_two(a: i32) -> i32 { a + 2 }

pub fn greet(name: &str) -> String { format!("Hello {}", name) }

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zed_first() { println!("I am captured"); assert_eq!(add_two(2), 5, "custom {}", 7); }

    #[test]
    fn fails() {
        println!("printed before failing");
        assert_eq!(add_two(2), 4);
    }

    #[test]
    fn greeting() {
        let r = greet("Carol");
        assert!(r.contains("Bob"), "Greeting did not contain name, value was `{}`", r);
    }

    #[test]
    #[should_panic(expected = "less than")]
    fn sp() { panic!("Guess value must be less than or equal to 100"); }

    #[test]
    #[should_panic(expected = "zzz")]
    fn sp_wrong() { panic!("something else"); }

    #[test]
    #[should_panic]
    fn sp_none() { }

    #[test]
    #[ignore]
    fn expensive() { }

    #[test]
    fn res() -> Result<(), String> { if 2 + 2 == 5 { Ok(()) } else { Err(String::from("two plus two does not equal four")) } }

    #[test]
    fn mixed_streams() {
        println!("out 1");
        eprintln!("err 1");
        println!("out 2");
        assert!(1 + 1 == 3);
    }

    #[test]
    #[ignore = "needs a network"]
    fn online() {}

    #[test]
    fn ne() { assert_ne!(1, 1); }
}
