use lib_warn_bin_error::Pool;

fn main() {
    let pool = Pool::new(4);
    pool.run();
}
