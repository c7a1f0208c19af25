//! Prices in cents.
//!
//! ```
//! assert_eq!(prices::with_tax(100), 110);
//! ```

/// Adds ten percent.
///
/// ```
/// let p = prices::with_tax(200);
/// assert_eq!(p, 220);
/// ```
pub fn with_tax(cents: u32) -> u32 {
    cents + cents / 10
}

pub struct Basket {
    items: Vec<u32>,
}

impl Basket {
    /// An empty basket.
    ///
    /// ```
    /// let b = prices::Basket::new();
    /// assert_eq!(b.total(), 0);
    /// ```
    pub fn new() -> Basket {
        Basket { items: Vec::new() }
    }

    pub fn add(&mut self, cents: u32) {
        self.items.push(cents);
    }

    pub fn total(&self) -> u32 {
        self.items.iter().map(|c| with_tax(*c)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxes_round_down() {
        assert_eq!(with_tax(15), 16);
    }

    #[test]
    fn basket_totals() {
        let mut b = Basket::new();
        b.add(100);
        b.add(50);
        assert_eq!(b.total(), 165);
    }
}

/// Halves a price.
// A plain comment between doc lines is not part of the docs.
///
/// # Examples
///
/// ```
/// assert_eq!(prices::half(5), 2);
/// ```
pub fn half(cents: u32) -> u32 {
    cents / 2
}
