// Vec capacity growth: RawVec's minimum non-zero capacity depends on the element size (8 for 1 byte,
// 4 up to 1024 bytes, 1 above); extend from a TrustedLen source reserves exactly, push doubles.
fn main() {
    let mut big: Vec<[u8; 2048]> = Vec::new();
    big.push([0; 2048]);
    println!("{}", big.capacity());
    let mut mid: Vec<[u8; 1024]> = Vec::new();
    mid.push([0; 1024]);
    println!("{}", mid.capacity());
    let mut c: Vec<[u8; 100]> = Vec::new();
    c.push([0; 100]);
    let d = vec![[1u16; 3], [2u16; 3]];
    let mut k: Vec<i32> = Vec::new();
    k.extend([1, 2, 3, 4, 5]);
    println!("{} {} {}", c.capacity(), d.capacity(), k.capacity());
    let mut b: Vec<u8> = Vec::new();
    b.push(1);
    println!("{}", b.capacity());
    let mut g: Vec<u64> = Vec::new();
    for i in 0..9 {
        g.push(i);
        print!("{} ", g.capacity());
    }
    println!();
    let mut e: Vec<i32> = vec![1, 2];
    e.extend(vec![3, 4, 5].iter());
    println!("{} {}", e.len(), e.capacity());
    let mut f: Vec<i32> = Vec::new();
    f.extend((0..10).filter(|x| x % 3 == 0));
    println!("{} {}", f.len(), f.capacity());
    let mut h: Vec<i32> = Vec::with_capacity(3);
    h.extend_from_slice(&[1, 2, 3, 4]);
    println!("{} {}", h.len(), h.capacity());
}
