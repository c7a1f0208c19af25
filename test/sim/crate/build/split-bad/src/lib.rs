mod shelf;

pub fn stock() -> usize {
    shelf::count()
}
