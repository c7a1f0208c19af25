fn main() {
    println!("{}", lib_bin_private::greet());
    println!("{}", lib_bin_private::helper());
}
