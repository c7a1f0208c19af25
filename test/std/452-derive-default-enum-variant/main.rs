// `#[derive(Default)]` on an enum takes its `#[default]` variant; `Default::default()` into a user type (struct or
// enum) builds it, also as a struct field's default.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Level {
    Low,
    #[default]
    Mid,
    High,
}

#[derive(Debug, Default)]
struct Settings { level: Level, name: String, retries: u32, ratio: f64 }

#[derive(Debug)]
struct Custom(i32);
impl Default for Custom { fn default() -> Self { Custom(42) } }

fn main() {
    println!("{:?}", Level::default());
    let l: Level = Default::default();
    println!("{:?} {}", l, l == Level::Mid);
    let s: Settings = Default::default();
    println!("{:?}", s);
    let t = Settings { name: "fast".into(), ..Default::default() };
    println!("{:#?}", t);
    let c: Custom = Default::default();
    println!("{:?} {:?}", c, Custom::default());
    let mut levels = vec![Level::default(); 2];
    levels.push(Level::High);
    levels.push(Level::Low);
    println!("{:?}", levels);
}
