// Bad crates get a clear message naming the place, never a crash: missing module files, broken manifests,
// no binary to run, unknown packages; diagnostics inside a module file name that file and its line.
import { describe, expect, it } from 'vitest';
import { runCrate, testCrate } from '../../../src/sim/api.ts';

const toml = (name: string) => `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n`;

describe('crate errors', () => {
  it('names the file and line of a mod whose file is missing', () => {
    const r = runCrate({ files: { 'Cargo.toml': toml('a'), 'src/main.rs': 'fn main() {}\n\nmod gone;\n' } });
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics[0].message).toBe('src/main.rs:3: 모듈 `gone`의 파일이 없습니다 (src/gone.rs 또는 src/gone/mod.rs)');
  });
  it('reports a broken Cargo.toml', () => {
    const r = runCrate({ files: { 'Cargo.toml': '[package\nname = 1', 'src/main.rs': 'fn main() {}\n' } });
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics[0].message).toMatch(/^Cargo\.toml: /);
  });
  it('says a library has nothing to run', () => {
    const r = runCrate({ files: { 'Cargo.toml': toml('lib_only'), 'src/lib.rs': 'pub fn f() {}\n' } });
    expect(r.diagnostics[0].message).toContain('실행할 바이너리(src/main.rs)가 없습니다');
  });
  it('puts a diagnostic in a module file at that file and line', () => {
    const r = runCrate({ files: { 'Cargo.toml': toml('b'), 'src/main.rs': 'mod m;\nfn main() {\n    m::go();\n}\n', 'src/m.rs': 'pub fn go() {\n    let t = std::net::TcpListener::bind("127.0.0.1:7878");\n}\n' } });
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics[0]).toMatchObject({ file: 'src/m.rs', span: { start: { line: 2 } } });
  });
  it('puts a panic in a library file at that file and line', () => {
    const r = runCrate({ files: { 'Cargo.toml': toml('c'), 'src/main.rs': 'fn main() {\n    c::boom();\n}\n', 'src/lib.rs': '\npub fn boom() {\n    panic!("no");\n}\n' } });
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain("thread 'main' (1) panicked at src/lib.rs:3:5:\nno\n");
  });
  it('rejects an unknown test harness flag by name', () => {
    const r = testCrate({ files: { 'Cargo.toml': toml('d'), 'src/lib.rs': '' }, harnessArgs: ['--frobnicate'] });
    expect(r.diagnostics[0].message).toBe('지원하지 않는 테스트 옵션: --frobnicate');
  });
});
