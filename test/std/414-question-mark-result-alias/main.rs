use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    BadNumber(ParseIntError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key {}", k),
            ConfigError::BadNumber(e) => write!(f, "bad number: {}", e),
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

type Result<T> = std::result::Result<T, ConfigError>;

fn lookup<'a>(pairs: &[(&'static str, &'a str)], key: &'static str) -> Result<&'a str> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(ConfigError::Missing(key))
}

fn port(pairs: &[(&'static str, &str)]) -> Result<u16> {
    let raw = lookup(pairs, "port")?;
    let n: u16 = raw.parse()?;
    Ok(n)
}

fn main() -> std::result::Result<(), ConfigError> {
    println!("{:?}", port(&[("port", "8080")]));
    println!("{:?}", port(&[("host", "x")]));
    match port(&[("port", "80a")]) {
        Ok(p) => println!("port {}", p),
        Err(e) => println!("error: {}", e),
    }
    let p = port(&[("port", "99999")])?;
    println!("unreachable {}", p);
    Ok(())
}
