pub fn width() -> u32 {
    3
}
