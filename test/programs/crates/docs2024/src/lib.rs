/// Merged doc-tests (edition 2024).
///
/// ```
/// assert_eq!(docs2024::halve(8), 4);
/// ```
///
/// ```should_panic
/// docs2024::halve(0);
/// ```
pub fn halve(x: u32) -> u32 {
    if x == 0 {
        panic!("nothing to halve");
    }
    x / 2
}

#[cfg(test)]
mod tests {
    #[test]
    fn halves() {
        assert_eq!(super::halve(6), 3);
    }
}
