// Element borrows rustc accepts: one after another, split halves, compound assignment from another element,
// a copied element next to a mutable borrow of the collection.
fn main() {
    let mut list = vec![1, 2, 3];
    let a = &mut list[0];
    *a += 10;
    let b = &mut list[1];
    *b += 20;
    let (left, right) = list.split_at_mut(1);
    left[0] += right[0];
    list[2] += list[0];
    let first = list[0];
    list.push(first);
    let mut arr = [1, 2, 3];
    let x = &arr[0];
    let y = &arr[1];
    println!("{x} {y}");
    arr[0] = arr[1] + arr[2];
    let z = &mut arr[2];
    *z = 0;
    println!("{:?} {:?}", list, arr);
}
