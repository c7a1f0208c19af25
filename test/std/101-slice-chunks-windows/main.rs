// Walking a slice in pieces: chunks (the last one shorter), chunks_exact (remainder left out), rchunks from
// the end, their _mut forms, windows and array_windows, as_chunks / as_rchunks, chunk_by runs; windows(0) panics.
fn main() {
    let v = [1, 2, 3, 4, 5, 6, 7];
    println!("chunks(3): {:?}", v.chunks(3).collect::<Vec<_>>());
    println!("chunks_exact(3): {:?}", v.chunks_exact(3).collect::<Vec<_>>());
    println!("rchunks(3): {:?}", v.rchunks(3).collect::<Vec<_>>());
    println!("rchunks_exact(3): {:?}", v.rchunks_exact(3).collect::<Vec<_>>());
    println!("chunks(10): {:?}", v.chunks(10).collect::<Vec<_>>());
    println!("chunks_exact(10): {}", v.chunks_exact(10).count());
    let exact = v.chunks_exact(3);
    println!("remainder: {:?}", exact.remainder());
    println!("rchunks_exact remainder: {:?}", v.rchunks_exact(2).remainder());
    println!("chunks rev: {:?} len {}", v.chunks(3).rev().collect::<Vec<_>>(), v.chunks(3).len());
    let mut buf = [1, 2, 3, 4, 5];
    let mut pairs = buf.chunks_exact_mut(2);
    for p in pairs.by_ref() {
        p[0] += 10;
    }
    pairs.into_remainder()[0] = 0;
    println!("into_remainder: {:?}", buf);
    let empty: [i32; 0] = [];
    println!("empty chunks: {}", empty.chunks(2).count());

    let mut m = [0; 7];
    for (i, c) in m.chunks_mut(3).enumerate() {
        c.fill(i as i32 + 1);
    }
    println!("chunks_mut: {:?}", m);
    for c in m.chunks_exact_mut(2) {
        c.swap(0, 1);
        c[0] *= 10;
    }
    println!("chunks_exact_mut: {:?}", m);
    for (i, c) in m.rchunks_mut(3).enumerate() {
        c[0] = -(i as i32);
    }
    println!("rchunks_mut: {:?}", m);
    for c in m.rchunks_exact_mut(3) {
        c.reverse();
    }
    println!("rchunks_exact_mut: {:?}", m);

    println!("windows(3): {:?}", v.windows(3).collect::<Vec<_>>());
    println!("windows(8): {}", v.windows(8).count());
    let sums: Vec<i32> = v.windows(2).map(|w| w[0] + w[1]).collect();
    println!("pair sums: {:?}", sums);
    for [a, b, c] in v.array_windows::<3>().take(2) {
        println!("array_windows: {} {} {}", a, b, c);
    }
    let rising = [1, 3, 2, 5, 8].array_windows::<2>().filter(|[a, b]| a < b).count();
    println!("rising pairs: {}", rising);

    let (pairs, rest) = v.as_chunks::<2>();
    println!("as_chunks: {:?} rest {:?}", pairs, rest);
    let (front, triples) = v.as_rchunks::<3>();
    println!("as_rchunks: {:?} {:?}", front, triples);
    let mut w = [1, 2, 3, 4, 5];
    let (ps, tail) = w.as_chunks_mut::<2>();
    for p in ps.iter_mut() {
        p.swap(0, 1);
    }
    tail[0] = 50;
    println!("as_chunks_mut: {:?}", w);
    let (head, qs) = w.as_rchunks_mut::<2>();
    head[0] = 0;
    qs[1][1] = 99;
    println!("as_rchunks_mut: {:?}", w);

    let runs = [1, 1, 2, 3, 3, 3, 1];
    println!("chunk_by eq: {:?}", runs.chunk_by(|a, b| a == b).collect::<Vec<_>>());
    println!("chunk_by ascending: {:?}", [1, 2, 4, 3, 5, 0].chunk_by(|a, b| a < b).collect::<Vec<_>>());
    let mut g = [1, 1, 2, 2, 2, 3];
    for run in g.chunk_by_mut(|a, b| a == b) {
        let n = run.len() as i32;
        run[0] = n * 100;
    }
    println!("chunk_by_mut: {:?}", g);

    println!("{}", v.windows(0).count());
}
