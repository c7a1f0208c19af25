pub mod helpers;

pub fn bake(level: u32) -> u32 {
    level * 60
}
