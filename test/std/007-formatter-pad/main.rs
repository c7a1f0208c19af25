// Formatter::pad applies the caller's width / precision / fill / alignment; write! ignores them;
// width(), precision(), fill(), alternate(), sign_plus() report the placeholder's spec.
use std::fmt;

struct Tag(&'static str);
impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Raw(&'static str);
impl fmt::Display for Raw {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

struct Spec;
impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "w={:?} p={:?} fill={:?} alt={} plus={}", f.width(), f.precision(), f.fill(), f.alternate(), f.sign_plus())
    }
}

struct Id(u32);
impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() { write!(f, "Id#{}", self.0) } else { write!(f, "Id({})", self.0) }
    }
}

fn main() {
    println!("[{:>6}] [{:.2}]", Tag("ab"), Tag("xyz"));
    println!("[{:<5}] [{:^7}] [{:*>4}]", Tag("ab"), Tag("mid"), Tag("z"));
    println!("[{:8.3}]", Tag("abcdef"));
    println!("[{:>6}] [{:.1}]", Raw("ab"), Raw("xyz"));
    println!("{}", Spec);
    println!("{:>5.2}", Spec);
    println!("{:#}", Spec);
    println!("{:+}", Spec);
    println!("{:_<3}", Spec);
    println!("{:?} {:#?}", Id(1), Id(2));
    let s = format!("<{:^9}>", Tag("한국어"));
    println!("{} {}", s, s.len());
}
