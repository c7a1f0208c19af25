mod pantry;
pub mod oven;

pub use crate::pantry::shelf::Jar;
use oven::bake as cook;

pub fn prepare(name: &str) -> String {
    let jar = Jar::new(name);
    let heat = cook(3);
    format!("{} baked at {}", jar.label(), heat)
}

pub mod counter {
    pub fn tally(xs: &[u32]) -> u32 {
        super::oven::helpers::sum(xs)
    }
}
