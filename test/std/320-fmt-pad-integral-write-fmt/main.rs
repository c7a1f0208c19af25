// Writing Display impls with the lower-level Formatter API: pad_integral for number-like types (sign,
// `#` prefix, zero padding), write_fmt with format_args!, and the flags a placeholder passes in.
use std::fmt::{self, Alignment, Write};

struct Octal(i64);

impl fmt::Display for Octal {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let digits = format!("{:o}", self.0.unsigned_abs());
        f.pad_integral(self.0 >= 0, "0o", &digits)
    }
}

struct Point {
    x: f64,
    y: f64,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<")?;
        f.write_fmt(format_args!("{:.1}; {:.1}", self.x, self.y))?;
        f.write_str(">")
    }
}

struct Flags;

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let align = match f.align() {
            Some(Alignment::Left) => "left",
            Some(Alignment::Right) => "right",
            Some(Alignment::Center) => "center",
            None => "none",
        };
        write!(f, "align={align} minus={} plus={} zero={}", f.sign_minus(), f.sign_plus(), f.sign_aware_zero_pad())
    }
}

/// A fmt::Write sink that keeps what it is given, upper-cased.
struct Shout {
    text: String,
}

impl Write for Shout {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text.push_str(&s.to_uppercase());
        Ok(())
    }
}

fn main() {
    for n in [8, -8, 0, 511] {
        println!("[{}] [{:#}] [{:+}] [{:>8}] [{:#08}] [{:<6}] [{:^7}]", Octal(n), Octal(n), Octal(n), Octal(n), Octal(n), Octal(n), Octal(n));
    }
    let p = Point { x: 1.25, y: -3.0 };
    println!("{} [{:>20}]", p, p);
    println!("{}", format_args!("{} + {} = {}", 2, 3, 2 + 3));
    println!("[{:>12}]", format_args!("{}", "right?"));
    println!("{}", Flags);
    println!("{:<}", Flags);
    println!("{:>}", Flags);
    println!("{:^}", Flags);
    println!("{:-}", Flags);
    println!("{:+}", Flags);
    println!("{:08}", Flags);
    let mut out = String::new();
    out.write_fmt(format_args!("{}-{:02}", 2026, 12)).unwrap();
    out.write_str("!").unwrap();
    println!("{out}");
    let mut c = Shout { text: String::new() };
    write!(c, "{} and {}", "one", 2).unwrap();
    c.write_fmt(format_args!("[{:>5}]", "x")).unwrap();
    c.write_char('é').unwrap();
    println!("{}", c.text);
}
