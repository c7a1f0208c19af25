// Arrays as values: map builds a new array, each_ref / each_mut give arrays of references, as_slice /
// as_mut_slice borrow the whole array as a slice (and slice methods then apply).
fn main() {
    let nums = [1, 2, 3, 4];
    let squares = nums.map(|x| x * x);
    println!("map: {:?} from {:?}", squares, nums);
    let words = ["a", "bb", "ccc"];
    let lens: [usize; 3] = words.map(str::len);
    println!("map len: {:?}", lens);
    let owned = [String::from("x"), String::from("yz")];
    let refs: [&String; 2] = owned.each_ref();
    println!("each_ref: {:?} {}", refs, refs[1].len());
    let lengths = owned.each_ref().map(|s| s.len());
    println!("each_ref map: {:?}", lengths);
    let mut scores = [10, 20, 30];
    for r in scores.each_mut() {
        *r += 1;
    }
    let [a, b, c] = scores.each_mut();
    *a *= 2;
    *b = 0;
    *c -= 31;
    println!("each_mut: {:?}", scores);
    let s: &[i32] = scores.as_slice();
    println!("as_slice: {:?} len {}", s, s.len());
    scores.as_mut_slice().sort();
    println!("as_mut_slice sorted: {:?}", scores);
    let m = scores.as_mut_slice();
    m[0] = 100;
    println!("after as_mut_slice write: {:?}", scores);
}
