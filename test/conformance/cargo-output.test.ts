import { describe, expect, it } from 'vitest';
import { firstError, programStderr, rustcDiagnostics } from '../../src/conformance/cargo-output.ts';
import { classify } from '../../src/conformance/classify.ts';
import { truthOf } from './truth-fixture.ts';

describe('cargo stderr parts (real cargo output of the fixture crates)', () => {
  it('the program\'s stderr is what follows cargo\'s Running line', () => {
    expect(programStderr(truthOf('greet').stderr)).toBe('끝\n');
    expect(programStderr(truthOf('divide').stderr)).toMatch(/^\nthread 'main' \(\d+\) panicked at src\/main\.rs:4:18:\nindex out of bounds/);
    expect(programStderr(truthOf('moved').stderr)).toBe('');
  });

  it('rustc\'s part runs from the first diagnostic through `could not compile`, without Compiling', () => {
    const d = rustcDiagnostics(truthOf('moved').stderr);
    expect(d.startsWith('error[E0382]: borrow of moved value: `s`\n')).toBe(true);
    expect(d.endsWith('error: could not compile `moved` (bin "moved") due to 1 previous error\n')).toBe(true);
    expect(d).not.toMatch(/Compiling/);
    expect(rustcDiagnostics(truthOf('greet').stderr)).toBe('');
  });

  it('firstError gives the first error line, its code and its --> location', () => {
    expect(firstError(rustcDiagnostics(truthOf('moved').stderr))).toEqual({ line: 'error[E0382]: borrow of moved value: `s`', code: 'E0382', location: 'src/main.rs:8:20' });
    expect(firstError('warning: unused\n')).toBeNull();
  });
});

describe('classify', () => {
  const of = (n: string) => {
    const t = truthOf(n);
    return classify({ stdout: t.stdout, stderr: t.stderr, exitCode: t.exitCode, timedOut: false }, []);
  };
  it('tells running, panicking, rejected and library builds apart', () => {
    expect(of('greet')).toBe('runs');
    expect(of('echoargs')).toBe('runs');
    expect(of('divide')).toBe('panics');
    expect(of('moved')).toBe('compile-error');
    expect(of('shapes')).toBe('runs');
    expect(of('tools')).toBe('runs');
    expect(of('user')).toBe('runs'); // its path dependency lives in a sibling folder
  });
  it('a timeout, a registry failure and a cargo usage error', () => {
    expect(classify({ stdout: '', stderr: '     Running `x`\n', exitCode: null, timedOut: true }, [])).toBe('timeout');
    expect(classify({ stdout: '', stderr: 'error: no matching package named `rand` found\n', exitCode: 101, timedOut: false }, ['rand'])).toBe('needs-registry');
    expect(classify({ stdout: '', stderr: "error: unexpected argument 'x' found\n", exitCode: 1, timedOut: false }, [])).toBe('other');
  });
});
