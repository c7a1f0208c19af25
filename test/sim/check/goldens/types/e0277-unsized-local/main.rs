fn main() {
    let scores = vec![3, 1, 4];
    let all = *scores;
    let shared: &Vec<i32> = &scores;
    let again = **shared;
    let rest = scores[1..];
    let bytes: &[u8] = &[7, 8];
    let mut copy = *bytes;
    let word = *"tea";
    println!("{:?}", (all.len(), again.len(), rest.len(), copy.len(), word.len()));
}
