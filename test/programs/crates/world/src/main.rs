use std::env;
use std::fs;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::process;

fn main() {
    let args: Vec<String> = env::args().collect();
    println!("{:?}", args);
    let mode = args.get(1).map(|s| s.as_str()).unwrap_or("none");
    match mode {
        "stdin" => read_input(),
        "files" => read_files(),
        "write" => write_files(),
        "missing" => {
            let c = fs::read_to_string("missing.txt").expect("Should have been able to read the file");
            println!("{c}");
        }
        "exit" => {
            println!("leaving early");
            eprintln!("error: {}", args.len());
            process::exit(3);
        }
        _ => {
            let flag = env::var("HB_FLAG").is_ok();
            println!("flag set: {flag}");
            println!("{:?}", env::var("HB_NOPE"));
            if let Err(e) = env::var("HB_NOPE") {
                println!("{e}");
            }
            if let Ok(v) = env::var("HB_FLAG") {
                println!("HB_FLAG={v}");
            }
        }
    }
}

fn read_input() {
    let mut line = String::new();
    loop {
        let n = io::stdin().read_line(&mut line).expect("Failed to read line");
        print!("read {n} bytes, ");
        io::stdout().flush().unwrap();
        println!("buffer {:?}", line);
        if n == 0 {
            break;
        }
        let trimmed: u32 = match line.trim().parse() {
            Ok(num) => num,
            Err(_) => {
                line.clear();
                continue;
            }
        };
        println!("number {}", trimmed + 1);
        line.clear();
    }
    let mut out = io::stdout().lock();
    writeln!(out, "done via lock").unwrap();
}

fn read_files() {
    let text = fs::read_to_string("notes.txt").expect("notes");
    for l in text.lines() {
        println!("> {l}");
    }
    let f = File::open("data/list.txt").expect("list");
    let reader = BufReader::new(f);
    for (i, line) in reader.lines().enumerate() {
        println!("{}: {}", i, line.unwrap());
    }
    match File::open("nowhere/list.txt") {
        Ok(_) => println!("opened?"),
        Err(e) => println!("{} / {:?} / {:?}", e, e, e.kind()),
    }
    match fs::read_to_string("data") {
        Ok(_) => println!("read a directory?"),
        Err(e) => println!("{e}"),
    }
}

fn write_files() {
    use std::io::ErrorKind;
    let f = match File::open("fresh.txt") {
        Ok(f) => f,
        Err(e) => match e.kind() {
            ErrorKind::NotFound => File::create("fresh.txt").expect("create"),
            other => panic!("unexpected: {:?}", other),
        },
    };
    let mut f = f;
    writeln!(f, "line {}", 1).unwrap();
    f.write_all(b"raw bytes\n").unwrap();
    f.write_all("more\n".as_bytes()).unwrap();
    println!("{:?}", fs::read_to_string("fresh.txt").unwrap());
    fs::write("other.txt", "replaced").unwrap();
    println!("{}", fs::read_to_string("other.txt").unwrap());
    match File::create("data") {
        Ok(_) => println!("created a directory?"),
        Err(e) => println!("{e}"),
    }
}
