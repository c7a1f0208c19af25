// Floats: a literal whose place is an `f32` is an `f32` from the start, so sums round as f32 does.
fn mean(xs: &[f32]) -> f32 {
    xs.iter().sum::<f32>() / xs.len() as f32
}

fn main() {
    let mut acc = 0.0;
    for _ in 0..10 {
        acc += 0.1;
    }
    let single: f32 = acc;
    println!("{single}");
    let step = 0.1;
    let steps: Vec<f32> = (0..10).map(|i| i as f32 * step).collect();
    println!("{:?}", steps);
    let total: f32 = steps.iter().map(|x| x + 0.1).sum();
    println!("{total} {}", mean(&steps));
}
