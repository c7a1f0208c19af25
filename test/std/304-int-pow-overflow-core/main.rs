// `pow` overflowing in a debug build: the panic is located in core's integer code.
fn main() {
    let base: u32 = 10;
    for exp in [3, 6, 9, 12] {
        println!("10^{exp} = {}", base.pow(exp));
    }
}
