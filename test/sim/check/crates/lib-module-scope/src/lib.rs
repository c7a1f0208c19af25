mod shapes {
    pub mod circle {
        pub fn area(r: f64) -> f64 {
            3.0 * r * r
        }
    }
}

use crate::shapes::circle;

pub mod report {
    pub fn show() -> f64 {
        circle::area(2.0)
    }
}
