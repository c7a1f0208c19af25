// Collection benchmarks for `heapbook bench`: 100,000 operations on each std collection, run by the
// simulator and by a `rustc -C opt-level=0` binary of the same program. Pure data; the CLI times them.

export const COLLECTION_OPS = 100_000;

export interface CollectionBench {
  name: string;
  source: string;
}

const N = COLLECTION_OPS;

export const COLLECTION_BENCHES: CollectionBench[] = [
  {
    name: 'Vec::push + 인덱스',
    source: `fn main() {
    let mut v: Vec<u64> = Vec::new();
    for i in 0..${N}u64 {
        v.push(i);
    }
    let mut s = 0u64;
    for i in 0..v.len() {
        s += v[i];
    }
    println!("{} {} {}", v.len(), v.capacity(), s);
}
`,
  },
  {
    name: 'String::push',
    source: `fn main() {
    let mut s = String::new();
    for i in 0..${N}u32 {
        s.push(if i % 2 == 0 { 'a' } else { 'é' });
    }
    println!("{} {}", s.len(), s.capacity());
}
`,
  },
  {
    name: 'HashMap::insert + get',
    source: `use std::collections::HashMap;
fn main() {
    let mut m: HashMap<u64, u64> = HashMap::new();
    for i in 0..${N / 2}u64 {
        m.insert(i * 7919 % ${N}, i);
    }
    let mut hits = 0u64;
    for i in 0..${N / 2}u64 {
        if let Some(v) = m.get(&i) {
            hits += v % 3;
        }
    }
    println!("{} {}", m.len(), hits);
}
`,
  },
  {
    name: 'HashMap<String, _> entry',
    source: `use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, u32> = HashMap::new();
    for i in 0..${N}u32 {
        *m.entry(format!("k{}", i % 5000)).or_insert(0) += 1;
    }
    println!("{} {:?}", m.len(), m.get("k42"));
}
`,
  },
  {
    name: 'HashSet::insert + contains + remove',
    source: `use std::collections::HashSet;
fn main() {
    let mut s: HashSet<u32> = HashSet::new();
    for i in 0..${N / 2}u32 {
        s.insert(i * 31 % ${N / 2});
    }
    let mut n = 0;
    for i in 0..${N / 4}u32 {
        if s.contains(&i) { n += 1; }
        s.remove(&(i * 2));
    }
    println!("{} {}", s.len(), n);
}
`,
  },
  {
    name: 'BTreeMap::insert + get (뒤섞인 키)',
    source: `use std::collections::BTreeMap;
fn main() {
    let mut m: BTreeMap<u64, u64> = BTreeMap::new();
    for i in 0..${N / 2}u64 {
        m.insert(i * 7919 % ${N / 2}, i);
    }
    let mut hits = 0u64;
    for i in 0..${N / 2}u64 {
        if let Some(v) = m.get(&i) {
            hits += v % 3;
        }
    }
    println!("{} {} {:?}", m.len(), hits, m.iter().next());
}
`,
  },
  {
    name: 'BTreeSet::insert (오름차순)',
    source: `use std::collections::BTreeSet;
fn main() {
    let mut s: BTreeSet<u32> = BTreeSet::new();
    for i in 0..${N}u32 {
        s.insert(i);
    }
    println!("{} {:?}", s.len(), s.iter().last());
}
`,
  },
];
