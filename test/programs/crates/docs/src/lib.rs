//! Doc-tests of every kind rustdoc runs.
//!
//! ```
//! let six = docs::double(3);
//! assert_eq!(six, 6);
//! ```

/// Doubles.
///
/// ```
/// println!("checking");
/// assert_eq!(docs::double(2), 5);
/// ```
///
/// ```should_panic
/// docs::double(1);
/// ```
///
/// ```should_panic
/// assert!(docs::double(1) > 5);
/// ```
///
/// ```ignore
/// not rust at all
/// ```
///
/// ```no_run
/// docs::double(3);
/// ```
///
/// ```text
/// prose, not a test
/// ```
pub fn double(x: i32) -> i32 {
    x * 2
}

/// Triples.
///
/// ```
/// fn main() {
///     let t = docs::triple(1);
///     assert_eq!(t, 4);
/// }
/// ```
///
/// ```
/// let t = 3;
/// assert_eq!(t, 4);
/// ```
pub fn triple(x: i32) -> i32 {
    x * 3
}

pub struct Meter(pub f64);

impl Meter {
    /// ```
    /// let m = docs::Meter::new(2.0);
    /// assert_eq!(m.0, 2.0);
    /// ```
    pub fn new(v: f64) -> Meter {
        Meter(v)
    }
}
