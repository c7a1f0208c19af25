#[derive(Debug)]
enum ConfigError {
    Missing { key: String },
}

fn load(key: &str) -> Result<i32, ConfigError> {
    Err(ConfigError::Missing { key: key.to_string() })
}

fn main() {
    println!("loading");
    let value = load("port").unwrap();
    println!("value = {}", value);
}
