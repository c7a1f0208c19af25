// Rust's idea of whitespace (Unicode White_Space, what regex `\s` and `split_whitespace` use),
// as a regex character class body; JS `\s` differs (it counts U+FEFF and misses U+0085).

export const RUST_WS = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
