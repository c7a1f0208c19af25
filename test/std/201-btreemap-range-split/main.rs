// BTreeMap ordered queries: a timetable keyed by minute (range, range_mut, split_off, append,
// extract_if, first_entry / last_entry and what an occupied entry can do).
use std::collections::BTreeMap;

fn main() {
    let mut events: BTreeMap<u32, String> = BTreeMap::new();
    for (t, e) in [(540, "출근"), (600, "회의"), (720, "점심"), (780, "코드 리뷰"), (900, "배포"), (1080, "퇴근")] {
        events.insert(t, e.to_string());
    }
    let morning: Vec<_> = events.range(..720).map(|(t, e)| format!("{}:{:02} {}", t / 60, t % 60, e)).collect();
    println!("오전: {:?}", morning);
    println!("range 600..=900: {:?}", events.range(600..=900).map(|(t, _)| *t).collect::<Vec<_>>());
    println!("range 601..780: {:?}", events.range(601..780).collect::<Vec<_>>());
    println!("range 1000..: {:?}", events.range(1000..).next());
    println!("range ..: {}", events.range(..).count());
    println!("rev: {:?}", events.range(..=780).next_back());
    for (_, e) in events.range_mut(700..800) {
        e.push_str("(오후)");
    }
    println!("{:?}", events);

    let mut later = events.split_off(&800);
    println!("before 800: {:?}", events.keys().collect::<Vec<_>>());
    println!("from 800: {:?}", later.keys().collect::<Vec<_>>());
    let empty = later.split_off(&5000);
    println!("split past the end: {} {}", empty.len(), later.len());
    let mut extra = BTreeMap::from([(600, String::from("회의 (변경)")), (630, String::from("커피"))]);
    events.append(&mut extra);
    println!("append: {:?} / other empty: {}", events, extra.is_empty());
    events.append(&mut later);
    println!("len after appends: {} {}", events.len(), later.len());

    let long: BTreeMap<u32, String> = events.extract_if(.., |_, e| e.chars().count() > 4).collect();
    println!("extracted: {:?}", long);
    println!("kept: {:?}", events);
    let early: Vec<u32> = events.extract_if(..700, |t, _| t % 60 == 0).map(|(t, _)| t).collect();
    println!("extract_if ..700: {:?} / {:?}", early, events.keys().collect::<Vec<_>>());

    if let Some(mut first) = events.first_entry() {
        println!("first_entry: {} {}", first.key(), first.get());
        first.get_mut().push('!');
        let old = first.insert(String::from("아침 운동"));
        println!("replaced {}", old);
    }
    if let Some(last) = events.last_entry() {
        let (k, v) = last.remove_entry();
        println!("removed last: {} {}", k, v);
    }
    if let Some(e) = events.first_entry() {
        let v = e.into_mut();
        v.push_str(" 30분");
    }
    println!("{:?}", events);
    while let Some(e) = events.last_entry() {
        println!("pop via entry: {}", e.remove());
    }
    println!("{:?} {:?}", events.first_entry().is_none(), events.last_key_value());

    let mut squares: BTreeMap<i64, i64> = (-5..=5).map(|x| (x, x * x)).collect();
    let neg: i64 = squares.range(..0).map(|(_, v)| v).sum();
    println!("neg squares: {}", neg);
    let high = squares.split_off(&3);
    println!("{:?} | {:?}", squares, high);
}
