fn main() {
    println!("{}", lib_error::label(3));
}
