// Regenerates fixtures/debug-escaped-ranges.json: the code points rustc 1.95's `{:?}` of a char prints as \u{…},
// as inclusive [from, to] ranges. Run: `npx tsx test/sim/format/gen-escape-fixture.ts` (needs rustc).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PROGRAM = `fn main() {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for cp in 0u32..=0x10FFFF {
        let Some(c) = char::from_u32(cp) else { continue };
        let char_esc = format!("{:?}", c).starts_with("'\\\\u{");
        let str_esc = format!("{:?}", c.to_string()).starts_with("\\"\\\\u{");
        assert_eq!(char_esc, str_esc, "char and str Debug disagree at {cp:x}");
        if !char_esc { continue; }
        match ranges.last_mut() {
            Some(r) if r.1 + 1 == cp => r.1 = cp,
            _ => ranges.push((cp, cp)),
        }
    }
    let body: Vec<String> = ranges.iter().map(|(a, b)| format!("[{a},{b}]")).collect();
    println!("[{}]", body.join(",\\n"));
}
`;

const dir = '/tmp/heapbook-escape-gen';
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/esc.rs`, PROGRAM);
execFileSync('rustc', ['-O', '-o', `${dir}/esc`, `${dir}/esc.rs`], { stdio: 'inherit' });
const json = execFileSync(`${dir}/esc`, { encoding: 'utf8', maxBuffer: 1 << 26 });
const target = fileURLToPath(new URL('./fixtures/debug-escaped-ranges.json', import.meta.url));
writeFileSync(target, json);
console.log(`wrote ${(JSON.parse(json) as unknown[]).length} ranges to ${target}`);
