// Late name resolution over function bodies and signatures, as rustc_resolve's late pass: lexical ribs
// of locals, block items, module items, the prelude; fills the side tables and reports what cannot resolve.
import type * as A from '../../syntax/ast.ts';
import type { CompileDiagnostic, Span } from '../diagnostic.ts';
import { Module, PRELUDE_TYPES, PRELUDE_VALUES, PRIMITIVES, EXTERN_ROOTS, declareItems, lookupIn, closed, variantDef, type Def } from './scope.ts';
import { resolveImports } from './imports.ts';
import { SourceText } from './text.ts';
import { spanKey, type Binding, type NameTables, type Res } from './tables.ts';
import * as R from './reports.ts';

interface Rib {
  names: Map<string, Binding>;
  /** A nested fn item: locals of outer ribs are not visible past it. */
  barrier: boolean;
}

interface FnCtx {
  body: Span;
}

export interface Reported {
  d: CompileDiagnostic;
  phase: 'import' | 'resolve' | 'privacy' | 'body';
  body?: Span;
}

const isUpper = (s: string): boolean => /^\p{Lu}/u.test(s);

export class Resolver {
  readonly text: SourceText;
  readonly root = new Module('', undefined, false);
  readonly modules: Module[] = [this.root];
  readonly tables: NameTables;
  readonly out: Reported[] = [];
  private ribs: Rib[] = [];
  private module: Module = this.root;
  private generics: Array<Set<string>> = [];
  private selfItem: Array<A.ImplItem | A.TraitItem | undefined> = [];
  private fn: FnCtx | undefined;

  /** `crateRoots`: top-level modules that are other crates' roots (see Module.crateRoot). */
  constructor(readonly program: A.Program, source: string, readonly wrapped: boolean, readonly crates?: ReadonlySet<string>, readonly crateRoots: readonly string[] = []) {
    this.text = new SourceText(source);
    this.tables = { res: new Map(), bindings: [], root: this.root, text: this.text, impls: new Map(), blanketImpls: false };
  }

  /**
   * A lowercase root found in no scope is an extern crate unless it is certainly not one: with the crate's
   * dependencies known, one not among them; without them (a single file), the name of a module this program
   * defines out of that scope (`oven::bake()` in a module that does not import `oven`), as rustc's E0433.
   */
  private readonly unlinked = (name: string): boolean => {
    if (this.crates) return !this.crates.has(name);
    return !this.wrapped && this.modules.some((m) => m.name === name && !m.isBlock && !m.crateRoot);
  };

  run(): void {
    declareItems(this.root, this.program.items, (m) => this.modules.push(m));
    for (const m of this.modules) if (m.parent === this.root && this.crateRoots.includes(m.name)) m.crateRoot = true;
    this.collectImpls(this.program.items, []);
    for (const f of resolveImports(this.modules, this.wrapped, this.unlinked)) {
      const d = R.unresolvedImport(f, this.text);
      if (d) this.out.push({ d, phase: 'import' });
    }
    this.items(this.program.items);
  }

  // ------------------------------------------------------------------ setup

  private collectImpls(items: readonly A.Item[], generics: string[]): void {
    for (const it of items) {
      if (it.kind === 'Impl') {
        const list = this.tables.impls.get(it.selfName) ?? [];
        list.push(it);
        this.tables.impls.set(it.selfName, list);
        if (it.generics.some((g) => g.param === 'type' && g.name === it.selfName)) this.tables.blanketImpls = true;
        if (generics.includes(it.selfName)) this.tables.blanketImpls = true;
      } else if (it.kind === 'Mod') this.collectImpls(it.items, generics);
      else if (it.kind === 'Fn') this.collectImpls(this.blockItems(it.body), generics);
    }
  }

  private blockItems(b: A.Block): A.Item[] {
    return b.stmts.flatMap((s) => (s.kind === 'ItemStmt' ? [s.item] : []));
  }

  /** Block scopes with items become anonymous modules (rustc's block modules), made when first entered. */
  private readonly blockModules = new Map<A.Block, Module>();

  private enterBlockModule(b: A.Block): Module | undefined {
    const items = this.blockItems(b);
    if (items.length === 0) return undefined;
    let m = this.blockModules.get(b);
    if (!m) {
      m = new Module('', this.module, true);
      this.blockModules.set(b, m);
      const created: Module[] = [m];
      declareItems(m, items, (c) => created.push(c));
      this.collectImpls(items, []);
      for (const f of resolveImports(created, this.wrapped, this.unlinked)) {
        const d = R.unresolvedImport(f, this.text);
        if (d) this.out.push({ d, phase: 'import' });
      }
    }
    return m;
  }

  // ------------------------------------------------------------------ lookups

  private findLocal(name: string): Binding | undefined {
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const b = this.ribs[i].names.get(name);
      if (b) return b;
      if (this.ribs[i].barrier) break;
    }
    return undefined;
  }

  /** Module chain visible from here: block modules up to the enclosing normal module. */
  private scopeChain(): Module[] {
    const out: Module[] = [];
    for (let m: Module | undefined = this.module; m; m = m.isBlock ? m.parent : undefined) out.push(m);
    return out;
  }

  private chainClosed(): boolean {
    return this.scopeChain().every(closed);
  }

  /** Every def a lookup returned (imports included): what the unused-import lint reads. */
  readonly usedDefs = new Set<Def>();

  /** A path's first segment seen where nothing is reported (a trait path, a bound): its import counts as used. */
  private markUsed(first: string): void {
    if (first !== 'crate' && first !== 'self' && first !== 'super' && first !== 'Self' && !this.isGeneric(first)) this.lookupScope('type', first);
  }

  /** Trait bounds written as text (`fmt::Display`, `?Sized`, `Fn(i32) -> i32`): their first segments are uses. */
  private boundUses(bounds: readonly string[]): void {
    for (const b of bounds) {
      const m = /^\s*(?:\?\s*)?(?:dyn\s+)?([A-Za-z_][A-Za-z0-9_]*)/.exec(b);
      if (m) this.markUsed(m[1]);
    }
  }

  private lookupScope(ns: 'type' | 'value', name: string): Def | undefined {
    for (const m of this.scopeChain()) {
      const d = lookupIn(m, ns, name);
      if (d) {
        this.usedDefs.add(d);
        return d;
      }
    }
    return undefined;
  }

  /**
   * rustc's `unused_imports` for a `use` of one name never looked up, when that name cannot be a trait
   * (a trait import is used by method calls we cannot see): a module, a fn, or a known std struct.
   */
  unusedImports(): CompileDiagnostic[] {
    const out: CompileDiagnostic[] = [];
    for (const m of this.modules) {
      for (const u of m.uses) {
        const b = u.binding;
        if (b.kind !== 'UseName' || u.item.isPub || u.item.bindings.length !== 1 || b.local !== b.path[b.path.length - 1]) continue;
        if (this.text.text(b.span) !== b.path.join('::')) continue;
        const t = m.types.get(b.local);
        const v = m.values.get(b.local);
        if ((t && this.usedDefs.has(t)) || (v && this.usedDefs.has(v))) continue;
        if ((t && t.item && t.kind !== 'module') || (v && v.item)) {
          // A local item of the same name, or an import of a local item: only modules and fns are certain.
          const local = t?.kind === 'module' ? t : v?.kind === 'fn' ? v : undefined;
          if (!local || (t && t !== local && t.kind !== 'opaque') || (v && v !== local && v.kind !== 'opaque')) continue;
        } else if (!/^[a-z_]/.test(b.local) && !R.isKnownStdStruct(b.path.join('::'))) continue;
        out.push(R.unusedImport(b.path.join('::'), b.span));
      }
    }
    return out;
  }

  private isGeneric(name: string): boolean {
    return this.generics.some((g) => g.has(name));
  }

  private currentSelf(): A.ImplItem | A.TraitItem | undefined {
    for (let i = this.selfItem.length - 1; i >= 0; i--) if (this.selfItem[i]) return this.selfItem[i];
    return undefined;
  }

  /** Where rustc would insert a `use` for a missing import: before the crate root's first `use`, else its
   *  first item (attributes included). Only for code in the crate root itself. */
  private importAt(): A.Pos | undefined {
    if (this.module !== this.root) return undefined;
    const items = this.program.items;
    const first = items.find((i) => i.kind === 'Use') ?? items[0];
    if (!first) return undefined;
    const attrs = 'attrs' in first ? first.attrs : [];
    const start = attrs.length > 0 ? attrs[0].span.start : first.span.start;
    return start.col === 1 ? start : undefined;
  }

  private set(span: Span, res: Res): void {
    this.tables.res.set(spanKey(span), res);
  }

  private report(d: CompileDiagnostic, phase: Reported['phase'] = 'resolve'): void {
    this.out.push({ d, phase, body: this.fn?.body });
  }

  /** Names in scope for typo suggestions, in rustc's order (sorted by name). */
  private valueCandidates(): R.Candidate[] {
    const seen = new Set<string>();
    const out: R.Candidate[] = [];
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      for (const [n, b] of this.ribs[i].names) if (!seen.has(n)) { seen.add(n); out.push({ name: n, kind: 'local variable', binding: b }); }
      if (this.ribs[i].barrier) break;
    }
    for (const m of this.scopeChain()) {
      for (const [n, d] of m.values) if (!seen.has(n) && d.kind !== 'opaque') { seen.add(n); out.push({ name: n, kind: R.describe(d), def: d }); }
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private typeCandidates(): R.Candidate[] {
    const seen = new Set<string>();
    const out: R.Candidate[] = [];
    for (const g of this.generics) for (const n of g) if (!seen.has(n)) { seen.add(n); out.push({ name: n, kind: 'type parameter' }); }
    for (const m of this.scopeChain()) {
      for (const [n, d] of m.types) if (!seen.has(n) && d.kind !== 'opaque') { seen.add(n); out.push({ name: n, kind: R.describe(d), def: d }); }
    }
    for (const p of PRIMITIVES) if (!seen.has(p)) { seen.add(p); out.push({ name: p, kind: 'builtin type' }); }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  // ------------------------------------------------------------------ items

  private items(items: readonly A.Item[]): void {
    for (const it of items) this.item(it);
  }

  private withGenerics(params: readonly A.GenericParam[], f: () => void): void {
    this.generics.push(new Set(params.filter((p) => p.param !== 'lifetime').map((p) => p.name)));
    for (const p of params) if (p.param === 'type') this.boundUses(p.bounds);
    try {
      f();
    } finally {
      this.generics.pop();
    }
  }

  private item(it: A.Item): void {
    switch (it.kind) {
      case 'Fn':
        this.fnItem(it);
        break;
      case 'Struct':
        this.withGenerics(it.generics, () => this.fields(it.fields));
        break;
      case 'Enum':
        this.withGenerics(it.generics, () => {
          for (const v of it.variants) {
            this.fields(v.fields);
            if (v.discriminant) this.expr(v.discriminant);
          }
        });
        break;
      case 'Impl':
        this.withGenerics(it.generics, () => {
          this.type(it.selfTy);
          if (it.trait) {
            this.markUsed(it.trait.segments[0].name);
            for (const seg of it.trait.segments) for (const a of seg.args) this.type(a);
          }
          this.selfItem.push(it);
          try {
            for (const m of it.members) {
              if (m.kind === 'Fn') this.fnItem(m);
              else if (m.kind === 'Const') { this.type(m.ty); if (m.value) this.expr(m.value); }
              else if (m.ty) this.type(m.ty);
            }
          } finally {
            this.selfItem.pop();
          }
        });
        break;
      case 'Trait':
        this.boundUses(it.supertraits);
        this.withGenerics(it.generics, () => {
          this.selfItem.push(it);
          this.generics.push(new Set(['Self']));
          try {
            for (const m of it.members) {
              if (m.kind === 'TraitFn') this.fnLike(m, m.body);
              else if (m.kind === 'Const') { this.type(m.ty); if (m.value) this.expr(m.value); }
              else if (m.ty) this.type(m.ty);
            }
          } finally {
            this.generics.pop();
            this.selfItem.pop();
          }
        });
        break;
      case 'Const':
      case 'Static':
        this.type(it.ty);
        if (it.value) this.expr(it.value);
        break;
      case 'TypeAlias':
        this.withGenerics(it.generics, () => { if (it.ty) this.type(it.ty); });
        break;
      case 'Mod': {
        const def = this.module.types.get(it.name.name);
        const saved = this.module;
        if (def?.module) this.module = def.module;
        const savedRibs = this.ribs;
        this.ribs = [];
        try {
          this.items(it.items);
        } finally {
          this.module = saved;
          this.ribs = savedRibs;
        }
        break;
      }
      case 'Use':
        break;
    }
  }

  private fields(f: A.Fields): void {
    if (f.kind === 'Named') for (const x of f.fields) this.type(x.ty);
    else if (f.kind === 'Tuple') for (const x of f.fields) this.type(x.ty);
  }

  private fnItem(f: A.FnItem): void {
    this.fnLike(f, f.body);
  }

  /**
   * E0405/E0404 for a fn's bounds naming `Display`/`Debug` unimported. Bounds carry no spans: each name is found in
   * the signature's text, and only when its occurrences there are exactly the bounds naming it.
   */
  private missingBoundTraits(f: A.FnSig & { span: Span }, body: A.Block | null): void {
    if (!body || !this.chainClosed()) return;
    const at = this.importAt();
    if (!at) return;
    const wanted = new Map<string, number>();
    for (const g of f.generics) {
      if (g.param !== 'type') continue;
      for (const b of g.bounds) if (R.isImportableStdTrait(b.trim())) wanted.set(b.trim(), (wanted.get(b.trim()) ?? 0) + 1);
    }
    for (const [name, count] of wanted) {
      if (this.lookupScope('type', name)) continue;
      const spans: Span[] = [];
      for (let line = f.span.start.line; line <= body.span.start.line; line++) {
        const text = this.text.text({ start: { line, col: 1 }, end: { line, col: 100000 } });
        const upto = line === body.span.start.line ? body.span.start.col - 1 : text.length;
        for (const m of text.slice(0, upto).matchAll(new RegExp(`(?<![A-Za-z0-9_:])${name}(?![A-Za-z0-9_])`, 'g'))) {
          const col = Array.from(text.slice(0, m.index)).length + 1;
          spans.push({ start: { line, col }, end: { line, col: col + name.length } });
        }
      }
      if (spans.length !== count) continue;
      for (const sp of spans) this.report(R.missingTraitBound(name, sp, at));
    }
  }

  private fnLike(f: A.FnSig & { span: Span }, body: A.Block | null): void {
    this.missingBoundTraits(f, body);
    const savedFn = this.fn;
    this.withGenerics(f.generics, () => {
      for (const p of f.params) this.type(p.ty);
      if (f.receiver?.ty) this.type(f.receiver.ty);
      if (f.ret) this.type(f.ret);
      if (!body) return;
      this.fn = { body: f.span };
      this.ribs.push({ names: new Map(), barrier: true });
      try {
        for (const p of f.params) this.bindPattern(p.pat, 'param', p.ty);
        this.block(body);
      } finally {
        this.ribs.pop();
        this.fn = savedFn;
      }
    });
  }

  // ------------------------------------------------------------------ bodies

  private block(b: A.Block): void {
    const saved = this.module;
    const bm = this.enterBlockModule(b);
    if (bm) this.module = bm;
    const depth = this.ribs.length;
    this.ribs.push({ names: new Map(), barrier: false });
    try {
      for (const s of b.stmts) this.stmt(s);
      if (b.tail) this.expr(b.tail);
    } finally {
      this.ribs.length = depth;
      this.module = saved;
    }
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'LetStmt':
        if (s.ty) this.type(s.ty);
        if (s.init) this.expr(s.init);
        if (s.else) this.block(s.else);
        // A new rib per `let`, as rustc: later statements see the binding, earlier ones do not.
        this.ribs.push({ names: new Map(), barrier: false });
        this.bindPattern(s.pat, 'let', s.ty, s.init);
        break;
      case 'ExprStmt':
        this.expr(s.expr);
        break;
      case 'ItemStmt': {
        const savedRibs = this.ribs;
        // Items inside a body do not see its locals.
        this.ribs = [...this.ribs, { names: new Map(), barrier: true }];
        try {
          this.item(s.item);
        } finally {
          this.ribs = savedRibs;
        }
        break;
      }
    }
  }

  private withRib(f: () => void): void {
    const depth = this.ribs.length;
    this.ribs.push({ names: new Map(), barrier: false });
    try {
      f();
    } finally {
      this.ribs.length = depth;
    }
  }

  private expr(e: A.Expr): void {
    switch (e.kind) {
      case 'Lit':
        return;
      case 'PathExpr':
        this.valuePath(e.path, undefined);
        return;
      case 'BlockExpr':
        this.withRib(() => this.block(e.block));
        return;
      case 'If':
        this.withRib(() => {
          this.cond(e.cond);
          this.withRib(() => this.block(e.then));
        });
        if (e.else) this.expr(e.else);
        return;
      case 'Let':
        this.expr(e.expr);
        this.bindPattern(e.pat, 'pattern');
        return;
      case 'While':
        this.withRib(() => {
          this.cond(e.cond);
          this.withRib(() => this.block(e.body));
        });
        return;
      case 'Loop':
        this.withRib(() => this.block(e.body));
        return;
      case 'For':
        this.expr(e.iter);
        this.withRib(() => {
          this.bindPattern(e.pat, 'pattern');
          this.withRib(() => this.block(e.body));
        });
        return;
      case 'Break':
        if (e.value) this.expr(e.value);
        return;
      case 'Continue':
        return;
      case 'Return':
        if (e.value) this.expr(e.value);
        return;
      case 'Match':
        this.expr(e.scrutinee);
        for (const arm of e.arms) {
          this.withRib(() => {
            this.bindPattern(arm.pat, 'pattern');
            if (arm.guard) this.expr(arm.guard);
            this.expr(arm.body);
          });
        }
        return;
      case 'Assign':
      case 'CompoundAssign':
        this.expr(e.target);
        this.expr(e.value);
        return;
      case 'Binary':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'Unary':
      case 'Borrow':
        this.expr(e.operand);
        return;
      case 'Cast':
        this.expr(e.expr);
        this.type(e.ty);
        return;
      case 'Call':
        if (e.callee.kind === 'PathExpr') this.valuePath(e.callee.path, 'call');
        else this.expr(e.callee);
        for (const a of e.args) this.expr(a);
        return;
      case 'MethodCall':
        this.expr(e.receiver);
        for (const g of e.generics) this.type(g);
        for (const a of e.args) this.expr(a);
        return;
      case 'Field':
        this.expr(e.object);
        return;
      case 'TupleIndex':
        this.expr(e.object);
        return;
      case 'Index':
        this.expr(e.object);
        this.expr(e.index);
        return;
      case 'Range':
        if (e.start) this.expr(e.start);
        if (e.end) this.expr(e.end);
        return;
      case 'Tuple':
      case 'Array':
        for (const x of e.items) this.expr(x);
        return;
      case 'ArrayRepeat':
        this.expr(e.value);
        this.expr(e.count);
        return;
      case 'Struct':
        this.structPath(e.path);
        for (const f of e.fields) this.expr(f.value);
        if (e.base) this.expr(e.base);
        return;
      case 'Closure':
        this.withRib(() => {
          for (const p of e.params) {
            if (p.ty) this.type(p.ty);
            this.bindPattern(p.pat, 'closure-param', p.ty);
          }
          if (e.ret) this.type(e.ret);
          this.expr(e.body);
        });
        return;
      case 'Try':
        this.expr(e.expr);
        return;
      case 'FormatMacro':
        if (e.format) this.formatArgs(e.format);
        return;
      case 'WriteMacro':
        this.expr(e.dest);
        if (e.format) this.formatArgs(e.format);
        return;
      case 'AssertMacro':
        this.expr(e.cond);
        if (e.message) this.formatArgs(e.message);
        return;
      case 'AssertCmpMacro':
        this.expr(e.left);
        this.expr(e.right);
        if (e.message) this.formatArgs(e.message);
        return;
      case 'VecMacro':
        for (const x of e.items) this.expr(x);
        return;
      case 'VecRepeatMacro':
        this.expr(e.value);
        this.expr(e.count);
        return;
      case 'MatchesMacro':
        this.expr(e.expr);
        this.withRib(() => {
          this.bindPattern(e.pat, 'pattern');
          if (e.guard) this.expr(e.guard);
        });
        return;
      case 'DbgMacro':
        for (const x of e.args) this.expr(x);
        return;
    }
  }

  private cond(c: A.Expr): void {
    this.expr(c);
  }

  /** `{name}` / `{name:?}` captured in a format string: a use of `name` (rustc resolves it like a path). */
  private formatArgs(f: A.FormatArgs): void {
    for (const a of f.args) this.expr(a.expr);
    const named = new Set(f.args.flatMap((a) => (a.name ? [a.name] : [])));
    // Names used as `width$` / `.prec$` count as uses and are never reported (their spans are not modelled).
    for (const m of f.template.matchAll(/([\p{L}_][\p{L}\p{N}_]*)\$/gu)) {
      const local = named.has(m[1]) ? undefined : this.findLocal(m[1]);
      if (local) local.uses++;
    }
    const re = /\{\{|\}\}|\{([\p{L}_][\p{L}\p{N}_]*)(?:[:}])/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f.template))) {
      const name = m[1];
      // `{self}` captures the method's receiver (not a local here; rustc accepts it in a method).
      if (!name || named.has(name) || name === 'self') continue;
      const local = this.findLocal(name);
      if (local) {
        local.uses++;
        continue;
      }
      const d = this.lookupScope('value', name);
      if (d || PRELUDE_VALUES.has(name) || !this.chainClosed()) continue;
      const span = this.inlineArgSpan(f, m.index + 1, name);
      if (span) this.report(R.cannotFindValue(name, span, this.valueCandidates(), this.text, this.sameFnBinding(name)));
    }
  }

  /** The span of an inline format argument, when the literal has no escapes before it. */
  private inlineArgSpan(f: A.FormatArgs, offset: number, name: string): Span | undefined {
    const raw = f.templateRaw;
    if (!raw.startsWith('"')) return undefined;
    const before = f.template.slice(0, offset);
    if (raw.slice(1, 1 + before.length) !== before || f.templateSpan.start.line !== f.templateSpan.end.line) return undefined;
    const col = this.text.col(f.templateSpan.start.line, this.text.index(f.templateSpan.start) + 1 + Array.from(before).length);
    return { start: { line: f.templateSpan.start.line, col }, end: { line: f.templateSpan.start.line, col: col + Array.from(name).length } };
  }

  private sameFnBinding(name: string): Binding | undefined {
    const body = this.fn?.body;
    if (!body) return undefined;
    return this.tables.bindings.find((b) => b.name === name && b.body === body);
  }

  // ------------------------------------------------------------------ patterns

  private bindPattern(p: A.Pattern, kind: Binding['kind'], declTy?: A.Type, init?: A.Expr, shorthand = false): void {
    switch (p.kind) {
      case 'WildPat':
      case 'RestPat':
      case 'LitPat':
        return;
      case 'RangePat':
        if (p.start?.kind === 'PathPat') this.valuePath(p.start.path, 'pattern');
        if (p.end?.kind === 'PathPat') this.valuePath(p.end.path, 'pattern');
        return;
      case 'IdentPat': {
        if (!p.sub && !p.byRef && !p.mut) {
          const d = this.lookupScope('value', p.name);
          const isConstLike = d && (d.kind === 'constant' || d.kind === 'static' || (d.kind === 'variant' && d.variant?.fields.kind === 'Unit') ||
            (d.kind === 'struct' && d.item?.kind === 'Struct' && d.item.fields.kind === 'Unit') || d.kind === 'opaque');
          if (isConstLike || (!d && (p.name === 'None'))) {
            this.set(p.span, d ? { kind: 'def', def: d } : { kind: 'unknown' });
            return;
          }
        }
        const b: Binding = {
          name: p.name, span: p.span, mut: p.mut, declTy: p.sub ? undefined : declTy, init: p.sub ? undefined : init,
          kind, shorthandField: shorthand, body: this.fn?.body ?? p.span, uses: 0,
        };
        this.ribs[this.ribs.length - 1].names.set(p.name, b);
        this.tables.bindings.push(b);
        this.set(p.span, { kind: 'local', binding: b });
        if (p.sub) this.bindPattern(p.sub, kind);
        return;
      }
      case 'TuplePat':
        for (const x of p.items) this.bindPattern(x, kind);
        return;
      case 'TupleStructPat':
        this.valuePath(p.path, 'pattern');
        for (const x of p.items) this.bindPattern(x, kind);
        return;
      case 'StructPat':
        this.structPath(p.path);
        for (const f of p.fields) this.bindPattern(f.pat, kind, undefined, undefined, f.shorthand);
        return;
      case 'RefPat':
        this.bindPattern(p.inner, kind);
        return;
      case 'OrPat':
        // Each alternative binds the same names; bind the first, resolve the rest into a scratch rib.
        p.alts.forEach((alt, i) => {
          if (i === 0) this.bindPattern(alt, kind);
          else {
            const rib = this.ribs[this.ribs.length - 1];
            const before = new Map(rib.names);
            this.bindPattern(alt, kind);
            for (const [n, b] of rib.names) {
              const first = before.get(n);
              if (first && first !== b) {
                rib.names.set(n, first);
                // uses of the alternative's binding count for the first one
                const idx = this.tables.bindings.indexOf(b);
                if (idx >= 0) this.tables.bindings.splice(idx, 1);
                this.set(b.span, { kind: 'local', binding: first });
              }
            }
          }
        });
        return;
      case 'SlicePat':
        for (const x of p.items) this.bindPattern(x, kind);
        return;
      case 'PathPat':
        this.valuePath(p.path, 'pattern');
        return;
    }
  }

  // ------------------------------------------------------------------ paths

  private valuePath(path: A.Path, use: 'call' | 'pattern' | undefined): void {
    for (const s of path.segments) for (const g of s.generics) this.type(g);
    const segs = path.segments;
    if (segs.length === 1) {
      const name = segs[0].name;
      if (name === 'self' || name === 'Self') {
        this.set(path.span, name === 'Self' && this.currentSelf() ? { kind: 'self-type', impl: this.currentSelf()! } : { kind: 'unknown' });
        return;
      }
      const local = this.findLocal(name);
      if (local) {
        local.uses++;
        this.set(path.span, { kind: 'local', binding: local });
        return;
      }
      const d = this.lookupScope('value', name);
      if (d) {
        this.set(path.span, { kind: 'def', def: d });
        return;
      }
      if (PRELUDE_VALUES.has(name) || this.isGeneric(name)) {
        this.set(path.span, { kind: 'unknown' });
        return;
      }
      this.set(path.span, { kind: 'unknown' });
      if (use === 'pattern' || !this.chainClosed()) return;
      this.report(use === 'call'
        ? R.cannotFindFunction(name, segs[0].span, this.valueCandidates().filter((c) => c.kind !== 'local variable' || true), this.text)
        : R.cannotFindValue(name, segs[0].span, this.valueCandidates(), this.text, this.sameFnBinding(name)));
      return;
    }
    this.multiSegment(path, 'value', use);
  }

  private structPath(path: A.Path): void {
    for (const s of path.segments) for (const g of s.generics) this.type(g);
    if (path.segments.length === 1) {
      const name = path.segments[0].name;
      if (name === 'Self') {
        const s = this.currentSelf();
        this.set(path.span, s ? { kind: 'self-type', impl: s } : { kind: 'unknown' });
        return;
      }
      const d = this.lookupScope('type', name);
      this.set(path.span, d ? { kind: 'def', def: d } : { kind: 'unknown' });
      if (!d && !this.isGeneric(name) && !PRELUDE_TYPES.has(name) && this.chainClosed()) {
        this.report(R.cannotFindStruct(name, path.segments[0].span, this.typeCandidates().filter((c) => c.kind === 'struct' || c.kind.endsWith('variant')), this.text));
      }
      return;
    }
    this.multiSegment(path, 'type', undefined);
  }

  /** Resolves the first segment of a multi-segment path in the type namespace. */
  private firstSegment(name: string): { k: 'module'; m: Module } | { k: 'def'; def: Def } | { k: 'self' } | { k: 'opaque' } | { k: 'missing' } {
    if (name === 'crate') {
      if (this.wrapped) return { k: 'opaque' };
      return { k: 'module', m: this.module.crate };
    }
    if (name === 'self') return this.wrapped ? { k: 'opaque' } : { k: 'module', m: this.module.normal };
    if (name === 'super') {
      const p = this.module.normal.crateRoot ? undefined : this.module.normal.parent?.normal;
      return p && !this.wrapped ? { k: 'module', m: p } : { k: 'opaque' };
    }
    if (name === 'Self') return { k: 'self' };
    if (this.isGeneric(name)) return { k: 'opaque' };
    const d = this.lookupScope('type', name);
    if (d) {
      if (d.kind === 'module' && d.module) return { k: 'module', m: d.module };
      return { k: 'def', def: d };
    }
    if (EXTERN_ROOTS.has(name) || PRELUDE_TYPES.has(name) || PRIMITIVES.includes(name)) return { k: 'opaque' };
    return { k: 'missing' };
  }

  private multiSegment(path: A.Path, ns: 'type' | 'value', use: 'call' | 'pattern' | undefined): void {
    const segs = path.segments;
    this.set(path.span, { kind: 'unknown' });
    const first = this.firstSegment(segs[0].name);
    if (first.k === 'missing') {
      if (!this.chainClosed()) return;
      if (!isUpper(segs[0].name)) {
        // Lowercase: a crate name, unless it is certainly not one (see unlinked).
        if (this.unlinked(segs[0].name)) this.report(R.missingCrate(segs[0].name, segs[0].span, false));
        return;
      }
      this.report(R.undeclaredType(segs[0].name, segs[0].span, this.typeCandidates(), this.text, this.importAt()));
      return;
    }
    if (first.k === 'opaque' || first.k === 'self') return;
    let cur: { k: 'module'; m: Module; name: string } | { k: 'def'; def: Def } =
      first.k === 'module' ? { k: 'module', m: first.m, name: segs[0].name } : first;
    const here = this.module.normal;
    for (let i = 1; i < segs.length; i++) {
      const seg = segs[i];
      const last = i === segs.length - 1;
      if (cur.k === 'module') {
        const m = cur.m;
        const d = last ? (lookupIn(m, ns, seg.name) ?? (ns === 'value' ? undefined : undefined)) : lookupIn(m, 'type', seg.name);
        const dAny = d ?? (last ? lookupIn(m, ns === 'value' ? 'type' : 'value', seg.name) : undefined);
        if (!dAny) {
          if (!closed(m) || this.wrapped) return;
          if (last && ns === 'value') {
            this.report(R.cannotFindInModule(use === 'call' ? 'function' : 'value', seg.name, cur.name, seg.span, m, this.text));
          }
          return;
        }
        if (dAny.kind === 'opaque') return;
        // Privacy: the item must be public or declared in an ancestor of the current module.
        if (!dAny.isPub && dAny.parent && !dAny.parent.normal.isAncestorOf(here)) {
          const lastSeg = segs[segs.length - 1];
          const lastDef = last ? undefined : this.peekDef(dAny, segs.slice(i + 1).map((s) => s.name), ns);
          this.report(R.privateItem(dAny, seg.span, last ? undefined : { span: lastSeg.span, def: lastDef, name: lastSeg.name }, this.text), 'privacy');
          return;
        }
        if (last) {
          this.set(path.span, { kind: 'def', def: dAny });
          return;
        }
        if (dAny.kind === 'module' && dAny.module) cur = { k: 'module', m: dAny.module, name: seg.name };
        else cur = { k: 'def', def: dAny };
        continue;
      }
      // A type: `Enum::Variant`, `Type::assoc`.
      if (!last) return;
      const def = cur.def;
      if (def.kind === 'enum' && def.item?.kind === 'Enum') {
        const v = def.item.variants.find((x) => x.name.name === seg.name);
        if (v) {
          this.set(path.span, { kind: 'def', def: variantDef(def, v) });
          return;
        }
      }
      if ((def.kind === 'enum' || def.kind === 'struct') && def.item && (def.item.kind === 'Enum' || def.item.kind === 'Struct')) {
        if (this.hasAssoc(def.name, seg.name) || def.item.generics.length > 0) return;
        if (ns === 'value' || def.kind === 'enum') {
          this.report(R.noAssocItem(def, seg.name, seg.span, this.inherentCtors(def), this.text), 'body');
        }
      }
      return;
    }
  }

  private peekDef(d: Def, rest: string[], ns: 'type' | 'value'): Def | undefined {
    let cur: Def | undefined = d;
    for (let i = 0; i < rest.length && cur; i++) {
      const m: Module | undefined = cur.module;
      if (!m) return undefined;
      cur = i === rest.length - 1 ? (lookupIn(m, ns, rest[i]) ?? lookupIn(m, 'type', rest[i])) : lookupIn(m, 'type', rest[i]);
    }
    return cur;
  }

  /** Whether `Type::name` could exist: inherent items, any trait impl, derives, blanket impls. */
  private hasAssoc(typeName: string, name: string): boolean {
    if (this.tables.blanketImpls) return true;
    const impls = this.tables.impls.get(typeName) ?? [];
    for (const imp of impls) {
      if (imp.trait) return true;
      if (imp.members.some((m) => m.name.name === name)) return true;
    }
    const def = this.lookupScope('type', typeName);
    const item = def?.item;
    if (item && (item.kind === 'Struct' || item.kind === 'Enum') && item.derives.length > 0) {
      if (item.derives.some((x) => x !== 'Debug')) return true;
    }
    return STD_ASSOC.has(name);
  }

  /** Associated fns without `self` whose return type mentions the type (rustc's "builder" functions). */
  private inherentCtors(def: Def): A.FnItem[] {
    const out: A.FnItem[] = [];
    const mentions = (t: A.Type): boolean => {
      switch (t.kind) {
        case 'PathType':
          return t.segments.some((s) => s.name === 'Self' || s.name === def.name || s.args.some(mentions));
        case 'RefType': return mentions(t.inner);
        case 'TupleType': return t.items.some(mentions);
        case 'ArrayType': case 'SliceType': return mentions(t.elem);
        case 'FnPtrType': case 'TraitObjectType': case 'InferType': case 'NeverType': return false;
      }
    };
    for (const imp of this.tables.impls.get(def.name) ?? []) {
      if (imp.trait) continue;
      for (const m of imp.members) if (m.kind === 'Fn' && !m.receiver && m.ret && mentions(m.ret)) out.push(m);
    }
    return out;
  }


  // ------------------------------------------------------------------ types

  private type(t: A.Type): void {
    switch (t.kind) {
      case 'PathType': {
        for (const s of t.segments) {
          for (const a of s.args) this.type(a);
          for (const b of s.bindings) this.type(b.ty);
          if (s.fnSugar) {
            for (const p of s.fnSugar.params) this.type(p);
            if (s.fnSugar.ret) this.type(s.fnSugar.ret);
          }
        }
        if (t.segments.length !== 1) { this.markUsed(t.segments[0].name); return; }
        const name = t.segments[0].name;
        // A const generic argument (`as_chunks::<2>()`) is lowered as a type named by its value.
        if (name === 'Self' || this.isGeneric(name) || PRIMITIVES.includes(name) || PRELUDE_TYPES.has(name) || /^\d+$/.test(name)) return;
        const d = this.lookupScope('type', name);
        if (d) {
          this.set(t.span, { kind: 'def', def: d });
          return;
        }
        if (!this.chainClosed()) return;
        this.report(R.cannotFindType(name, t.segments[0].span, this.typeCandidates(), this.text, this.importAt()));
        return;
      }
      case 'RefType':
        this.type(t.inner);
        return;
      case 'TupleType':
        for (const x of t.items) this.type(x);
        return;
      case 'ArrayType':
        this.type(t.elem);
        this.expr(t.len);
        return;
      case 'SliceType':
        this.type(t.elem);
        return;
      case 'FnPtrType':
        for (const p of t.params) this.type(p);
        if (t.ret) this.type(t.ret);
        return;
      case 'TraitObjectType':
        for (const b of t.bounds) {
          this.markUsed(b.segments[0].name);
          for (const seg of b.segments) {
            for (const a of seg.args) this.type(a);
            if (seg.fnSugar) { for (const p of seg.fnSugar.params) this.type(p); if (seg.fnSugar.ret) this.type(seg.fnSugar.ret); }
          }
        }
        return;
      case 'InferType':
      case 'NeverType':
        return;
    }
  }
}

/** Associated items every type may have through std's blanket or derivable impls. */
const STD_ASSOC = new Set([
  'from', 'into', 'try_from', 'try_into', 'clone', 'clone_from', 'default', 'eq', 'ne', 'cmp', 'partial_cmp', 'lt', 'le',
  'gt', 'ge', 'max', 'min', 'clamp', 'fmt', 'hash', 'to_owned', 'to_string', 'as_ref', 'as_mut', 'borrow', 'borrow_mut',
  'type_id', 'drop', 'deref', 'deref_mut', 'from_iter', 'from_str',
]);
