// Parses a `std::fmt` format string into literal and placeholder pieces (the grammar of `format!`).
// Pure; errors carry the offset (a JS string index into `fmt`) and rustc's wording of the problem.
import type { Align, ArgRef, FmtCount, FmtPiece, FmtSpec, FmtTrait } from './fmt-value.ts';

export type ParseResult = { ok: true; pieces: FmtPiece[] } | { ok: false; message: string; offset: number };

class FmtSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const TRAITS: Record<string, FmtTrait> = {
  '': 'display',
  '?': 'debug',
  'x?': 'debug',
  'X?': 'debug',
  x: 'lower-hex',
  X: 'upper-hex',
  o: 'octal',
  b: 'binary',
  e: 'lower-exp',
  E: 'upper-exp',
  p: 'pointer',
};

const ALIGNS: Record<string, Align> = { '<': 'left', '^': 'center', '>': 'right' };

/** Parse the whole format string. `{{` and `}}` become literal braces. */
export function parseFormatString(fmt: string): ParseResult {
  try {
    return { ok: true, pieces: new Parser(fmt).pieces() };
  } catch (e) {
    if (e instanceof FmtSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && /[\p{XID_Start}_]/u.test(c);
}
function isIdentContinue(c: string | undefined): boolean {
  return c !== undefined && /[\p{XID_Continue}]/u.test(c);
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function describe(c: string | undefined): string {
  return c === undefined ? 'end of string' : `\`${c}\``;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  pieces(): FmtPiece[] {
    const out: FmtPiece[] = [];
    let lit = '';
    let litStart = 0;
    const flush = (): void => {
      if (lit !== '') out.push({ kind: 'lit', text: lit, offset: litStart });
      lit = '';
    };
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '{' && this.s[this.i + 1] === '{') {
        if (lit === '') litStart = this.i;
        lit += '{';
        this.i += 2;
      } else if (c === '}' && this.s[this.i + 1] === '}') {
        if (lit === '') litStart = this.i;
        lit += '}';
        this.i += 2;
      } else if (c === '}') {
        throw new FmtSyntaxError('invalid format string: unmatched `}` found', this.i);
      } else if (c === '{') {
        flush();
        out.push(this.placeholder());
        litStart = this.i;
      } else {
        if (lit === '') litStart = this.i;
        lit += c;
        this.i += 1;
      }
    }
    flush();
    return out;
  }

  private peek(k = 0): string | undefined {
    return this.i + k < this.s.length ? this.s[this.i + k] : undefined;
  }

  /** One scalar value at the cursor (surrogate pairs kept together). */
  private peekChar(): string | undefined {
    const cp = this.s.codePointAt(this.i);
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  }

  private placeholder(): FmtPiece {
    const start = this.i;
    this.i += 1; // '{'
    const arg = this.argument();
    let spec = emptySpec();
    if (this.peek() === ':') {
      this.i += 1;
      spec = this.formatSpec();
    }
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\n' || this.peek() === '\r') this.i += 1;
    const c = this.peek();
    if (c !== '}') {
      if (c === undefined) throw new FmtSyntaxError('invalid format string: expected `}` but string was terminated', start);
      throw new FmtSyntaxError(`invalid format string: expected \`}\`, found ${describe(this.peekChar())}`, this.i);
    }
    this.i += 1;
    return { kind: 'arg', arg, spec, offset: start };
  }

  private argument(): ArgRef {
    if (isDigit(this.peek())) return { pos: this.integer() };
    const c = this.peekChar();
    if (isIdentStart(c)) return { name: this.identifier() };
    return { next: true };
  }

  private integer(): number {
    const start = this.i;
    while (isDigit(this.peek())) this.i += 1;
    const n = Number(this.s.slice(start, this.i));
    if (!Number.isSafeInteger(n)) throw new FmtSyntaxError('invalid format string: integer is too large', start);
    return n;
  }

  private identifier(): string {
    const start = this.i;
    let c = this.peekChar();
    while (c !== undefined && (this.i === start ? isIdentStart(c) : isIdentContinue(c))) {
      this.i += c.length;
      c = this.peekChar();
    }
    return this.s.slice(start, this.i);
  }

  private formatSpec(): FmtSpec {
    const spec = emptySpec();
    // [[fill]align]
    const first = this.peekChar();
    if (first !== undefined) {
      const after = this.s[this.i + first.length];
      if (after !== undefined && ALIGNS[after] !== undefined) {
        spec.fill = first;
        spec.align = ALIGNS[after];
        this.i += first.length + 1;
      } else if (ALIGNS[first] !== undefined) {
        spec.align = ALIGNS[first];
        this.i += 1;
      }
      const extra = this.peek();
      if (spec.align !== null && extra !== undefined && ALIGNS[extra] !== undefined) {
        throw new FmtSyntaxError(
          'invalid format string: expected alignment specifier after `:` in format string; example: `{:>?}`',
          this.i,
        );
      }
    }
    // [sign]
    if (this.peek() === '+' || this.peek() === '-') {
      spec.sign = this.peek() as '+' | '-';
      this.i += 1;
    }
    // ['#']
    if (this.peek() === '#') {
      spec.alternate = true;
      this.i += 1;
    }
    // ['0'] — unless it is the parameter `0$`
    if (this.peek() === '0' && this.peek(1) !== '$') {
      spec.zero = true;
      this.i += 1;
    }
    // [width]
    spec.width = this.count();
    // ['.' precision]
    if (this.peek() === '.') {
      this.i += 1;
      if (this.peek() === '*') {
        this.i += 1;
        spec.precision = { star: true };
      } else {
        spec.precision = this.count(); // `{:.}` is allowed and means no precision
      }
    }
    // type
    const tyStart = this.i;
    let ty = '';
    if (this.peek() === '?') {
      ty = '?';
      this.i += 1;
    } else if ((this.peek() === 'x' || this.peek() === 'X') && this.peek(1) === '?') {
      ty = this.s.slice(this.i, this.i + 2);
      this.i += 2;
    } else if (isIdentStart(this.peekChar())) {
      ty = this.identifier();
    }
    const trait = TRAITS[ty];
    if (trait === undefined) {
      throw new FmtSyntaxError(`unknown format trait \`${ty}\``, tyStart);
    }
    spec.trait = trait;
    if (ty === 'x?') spec.debugHex = 'lower';
    if (ty === 'X?') spec.debugHex = 'upper';
    return spec;
  }

  /** A width or precision: `N`, `N$`, `name$`, or nothing (null). Backtracks over an identifier without `$`. */
  private count(): FmtCount | null {
    const start = this.i;
    if (isDigit(this.peek())) {
      const n = this.integer();
      if (this.peek() === '$') {
        this.i += 1;
        return { pos: n };
      }
      return { lit: n };
    }
    if (isIdentStart(this.peekChar())) {
      const name = this.identifier();
      if (this.peek() === '$') {
        this.i += 1;
        return { name };
      }
      this.i = start; // it was the type, not a count
    }
    return null;
  }
}

function emptySpec(): FmtSpec {
  return {
    fill: ' ',
    align: null,
    sign: null,
    alternate: false,
    zero: false,
    width: null,
    precision: null,
    trait: 'display',
    debugHex: null,
  };
}
