// Expression visitor: lezer expression nodes → ast Expr. Method calls are recognised from
// CallExpression(FieldExpression) shapes; parentheses leave no node; macros go to ./lower-macros.ts.
import type { SyntaxNode } from '@lezer/common';
import type {
  ArithOp,
  BinaryOp,
  BlockExpr,
  ClosureParam,
  Expr,
  FieldInit,
  IfExpr,
  Label,
  Literal,
  MatchArm,
  RangeExpr,
} from './ast.ts';
import { type Ctx, child, has, kids, parts, spanOf, syntaxError, textOf, unsupported } from './lower-context.ts';
import { lowerMacro } from './lower-macros.ts';
import { lowerChain, needsReassociation, rangeOperator } from './lower-operators.ts';
import { lowerPath, rawSegments, typeArgs } from './lower-paths.ts';
import { lowerPattern } from './lower-patterns.ts';
import { letPattern, lowerBlock } from './lower-stmts.ts';
import { lowerType } from './lower-types.ts';
import { parseChar, parseNumber, parseString } from './literals.ts';

export function literalOf(ctx: Ctx, node: SyntaxNode): Literal {
  const raw = textOf(ctx, node);
  switch (node.name) {
    case 'Boolean':
      return { kind: 'Bool', value: raw === 'true', raw };
    case 'Integer':
    case 'Float': {
      const r = parseNumber(raw);
      if (!r.ok) syntaxError(ctx, node, r.message);
      return r.lit;
    }
    case 'Char': {
      const r = parseChar(raw);
      if (!r.ok) syntaxError(ctx, node, r.message);
      return r.lit;
    }
    case 'String':
    case 'RawString': {
      const r = parseString(raw);
      if (!r.ok) syntaxError(ctx, node, r.message);
      return r.lit;
    }
    default:
      syntaxError(ctx, node, `리터럴이 아닙니다: ${raw}`);
  }
}

const BLOCK_LIKE = new Set(['Block', 'LabeledBlock', 'UnsafeBlock', 'IfExpression', 'MatchExpression', 'WhileExpression', 'LoopExpression', 'ForExpression']);

export function isBlockLike(node: SyntaxNode): boolean {
  return BLOCK_LIKE.has(node.name) || node.name === 'AsyncBlock' || node.name === 'ConstBlock';
}

export function lowerExpr(ctx: Ctx, node: SyntaxNode): Expr {
  const span = spanOf(ctx, node);
  if (needsReassociation(node)) return lowerChain(ctx, node);
  switch (node.name) {
    case 'Integer':
    case 'Float':
    case 'String':
    case 'RawString':
    case 'Char':
    case 'Boolean':
      return { kind: 'Lit', lit: literalOf(ctx, node), span };
    case 'Identifier':
    case 'self':
    case 'super':
    case 'crate':
    case 'ScopedIdentifier':
    case 'TypeIdentifier':
    case 'ScopedTypeIdentifier':
    case 'GenericType':
    case 'SelfType':
      return { kind: 'PathExpr', path: lowerPath(ctx, node), span };
    case 'GenericFunction': {
      if (kids(node)[0]?.name === 'FieldExpression') syntaxError(ctx, node, '터보피시 메서드는 호출해야 합니다');
      return { kind: 'PathExpr', path: lowerPath(ctx, node), span };
    }
    case 'ParenthesizedExpression': {
      const inner = parts(node)[0];
      if (!inner) syntaxError(ctx, node, '빈 괄호 식');
      return lowerExpr(ctx, inner);
    }
    case 'Block':
      return { kind: 'BlockExpr', block: lowerBlock(ctx, node), unsafe: false, span };
    case 'LabeledBlock': {
      const b: BlockExpr = { kind: 'BlockExpr', block: lowerBlock(ctx, requireChild(ctx, node, 'Block')), unsafe: false, span };
      const label = labelOf(ctx, node);
      if (label) b.label = label;
      return b;
    }
    case 'UnsafeBlock':
      return { kind: 'BlockExpr', block: lowerBlock(ctx, requireChild(ctx, node, 'Block')), unsafe: true, span };
    case 'AsyncBlock':
      unsupported(ctx, node, '`async` 블록');
    case 'ConstBlock':
      unsupported(ctx, node, '`const` 블록');
    case 'TryBlock':
      unsupported(ctx, node, '`try` 블록');
    case 'AwaitExpression':
      unsupported(ctx, node, '`.await`');
    case 'IfExpression':
      return lowerIf(ctx, node);
    case 'LetDeclaration':
    case 'LetChain':
      return lowerCondition(ctx, node);
    case 'WhileExpression': {
      const ps = parts(node).filter((c) => c.name !== 'LoopLabel' && c.name !== 'while');
      if (ps.length < 2) syntaxError(ctx, node, '`while` 식이 불완전합니다');
      const e: Expr = { kind: 'While', cond: lowerCondition(ctx, ps[0]), body: lowerBlock(ctx, ps[ps.length - 1]), span };
      const label = labelOf(ctx, node);
      if (label) e.label = label;
      return e;
    }
    case 'LoopExpression': {
      const e: Expr = { kind: 'Loop', body: lowerBlock(ctx, requireChild(ctx, node, 'Block')), span };
      const label = labelOf(ctx, node);
      if (label) e.label = label;
      return e;
    }
    case 'ForExpression': {
      const ps = parts(node).filter((c) => !['LoopLabel', 'for', 'in'].includes(c.name));
      if (ps.length < 3) syntaxError(ctx, node, '`for` 식이 불완전합니다');
      const e: Expr = { kind: 'For', pat: lowerPattern(ctx, ps[0]), iter: lowerExpr(ctx, ps[1]), body: lowerBlock(ctx, ps[2]), span };
      const label = labelOf(ctx, node);
      if (label) e.label = label;
      return e;
    }
    case 'BreakExpression': {
      const e: Expr = { kind: 'Break', span };
      const label = labelOf(ctx, node);
      if (label) e.label = label;
      const value = parts(node).filter((c) => c.name !== 'break' && c.name !== 'LoopLabel')[0];
      if (value) e.value = lowerExpr(ctx, value);
      return e;
    }
    case 'ContinueExpression': {
      const e: Expr = { kind: 'Continue', span };
      const label = labelOf(ctx, node);
      if (label) e.label = label;
      return e;
    }
    case 'ReturnExpression': {
      const value = parts(node).filter((c) => c.name !== 'return')[0];
      return value ? { kind: 'Return', value: lowerExpr(ctx, value), span } : { kind: 'Return', span };
    }
    case 'MatchExpression':
      return lowerMatch(ctx, node);
    case 'AssignmentExpression': {
      const [target, op, value] = kids(node).filter((c) => !c.type.isError);
      if (!target || !op || !value) syntaxError(ctx, node, '대입 식이 불완전합니다');
      const lhs = lowerExpr(ctx, target);
      const rhs = lowerExpr(ctx, value);
      if (op.name === '=') return { kind: 'Assign', target: lhs, value: rhs, span };
      const opText = textOf(ctx, op).slice(0, -1) as ArithOp;
      return { kind: 'CompoundAssign', op: opText, target: lhs, value: rhs, span };
    }
    case 'BinaryExpression': {
      const [left, op, right] = kids(node).filter((c) => !c.type.isError);
      if (!left || !op || !right) syntaxError(ctx, node, '이항 식이 불완전합니다');
      return {
        kind: 'Binary',
        op: textOf(ctx, op) as BinaryOp,
        left: lowerExpr(ctx, left),
        right: lowerExpr(ctx, right),
        opSpan: spanOf(ctx, op),
        span,
      };
    }
    case 'UnaryExpression': {
      const [op, operand] = kids(node);
      if (!op || !operand) syntaxError(ctx, node, '단항 식이 불완전합니다');
      return { kind: 'Unary', op: textOf(ctx, op) as '-' | '!' | '*', operand: lowerExpr(ctx, operand), span };
    }
    case 'ReferenceExpression': {
      if (has(node, 'raw')) unsupported(ctx, node, '원시 참조 (&raw)');
      const operand = parts(node).filter((c) => c.name !== 'mut')[0];
      if (!operand) syntaxError(ctx, node, '참조 식이 불완전합니다');
      return { kind: 'Borrow', mut: has(node, 'mut'), operand: lowerExpr(ctx, operand), span };
    }
    case 'TypeCastExpression': {
      const ps = parts(node).filter((c) => c.name !== 'as');
      if (ps.length < 2) syntaxError(ctx, node, '`as` 식이 불완전합니다');
      return { kind: 'Cast', expr: lowerExpr(ctx, ps[0]), ty: lowerType(ctx, ps[1]), span };
    }
    case 'TryExpression': {
      const inner = parts(node)[0];
      if (!inner) syntaxError(ctx, node, '`?` 식이 불완전합니다');
      return { kind: 'Try', expr: lowerExpr(ctx, inner), span };
    }
    case 'CallExpression':
      return lowerCall(ctx, node);
    case 'FieldExpression':
      return lowerField(ctx, node);
    case 'IndexExpression': {
      const ps = parts(node);
      if (ps.length < 2) syntaxError(ctx, node, '인덱스 식이 불완전합니다');
      const bracket = child(node, '[') ?? ps[1];
      return { kind: 'Index', object: lowerExpr(ctx, ps[0]), index: lowerExpr(ctx, ps[1]), bracketSpan: spanOf(ctx, { from: bracket.from, to: bracket.from + 1 }), span };
    }
    case 'RangeExpression':
      return lowerRange(ctx, node);
    case 'UnitExpression':
      return { kind: 'Tuple', items: [], span };
    case 'TupleExpression':
      return { kind: 'Tuple', items: parts(node).map((c) => lowerExpr(ctx, c)), span };
    case 'ArrayExpression': {
      const items = parts(node);
      if (has(node, ';')) {
        if (items.length !== 2) syntaxError(ctx, node, '`[값; 개수]` 형식이 아닙니다');
        return { kind: 'ArrayRepeat', value: lowerExpr(ctx, items[0]), count: lowerExpr(ctx, items[1]), span };
      }
      return { kind: 'Array', items: items.map((c) => lowerExpr(ctx, c)), span };
    }
    case 'StructExpression':
      return lowerStruct(ctx, node);
    case 'ClosureExpression':
      return lowerClosure(ctx, node);
    case 'MacroInvocation':
      return lowerMacro(ctx, node);
    default:
      unsupported(ctx, node, `식 ${node.name} (${textOf(ctx, node).slice(0, 40)})`);
  }
}

function requireChild(ctx: Ctx, node: SyntaxNode, name: string): SyntaxNode {
  const c = child(node, name);
  if (!c) syntaxError(ctx, node, `${name}이(가) 없습니다`);
  return c;
}

function labelOf(ctx: Ctx, node: SyntaxNode): Label | undefined {
  const l = child(node, 'LoopLabel');
  return l ? { kind: 'Label', name: textOf(ctx, l).slice(1), span: spanOf(ctx, l) } : undefined;
}

/** `if`/`while` conditions: plain expressions, `let PAT = EXPR`, or let chains (`let … && let … && c`). */
function lowerCondition(ctx: Ctx, node: SyntaxNode): Expr {
  if (node.name === 'LetDeclaration') {
    const all = kids(node).filter((c) => !c.type.isError);
    const eq = all.findIndex((c) => c.name === '=');
    const value = eq >= 0 ? all[eq + 1] : undefined;
    if (!value) syntaxError(ctx, node, '`let` 조건에 `= 식`이 없습니다');
    return { kind: 'Let', pat: letPattern(ctx, node), expr: lowerExpr(ctx, value), span: spanOf(ctx, node) };
  }
  if (node.name === 'LetChain') {
    const conds = parts(node).map((c) => lowerCondition(ctx, c));
    return conds.reduce((left, right) => ({
      kind: 'Binary',
      op: '&&',
      left,
      right,
      opSpan: { start: left.span.end, end: right.span.start },
      span: { start: left.span.start, end: right.span.end },
    }));
  }
  return lowerExpr(ctx, node);
}

function lowerIf(ctx: Ctx, node: SyntaxNode): IfExpr {
  const ps = parts(node).filter((c) => c.name !== 'if' && c.name !== 'else');
  if (ps.length < 2) syntaxError(ctx, node, '`if` 식이 불완전합니다');
  const e: IfExpr = { kind: 'If', cond: lowerCondition(ctx, ps[0]), then: lowerBlock(ctx, ps[1]), span: spanOf(ctx, node) };
  const alt = ps[2];
  if (alt) {
    e.else = alt.name === 'IfExpression' ? lowerIf(ctx, alt) : { kind: 'BlockExpr', block: lowerBlock(ctx, alt), unsafe: false, span: spanOf(ctx, alt) };
  }
  return e;
}

function lowerMatch(ctx: Ctx, node: SyntaxNode): Expr {
  const ps = parts(node).filter((c) => c.name !== 'match');
  const blockNode = child(node, 'MatchBlock');
  if (ps.length < 2 || !blockNode) syntaxError(ctx, node, '`match` 식이 불완전합니다');
  const arms: MatchArm[] = [];
  for (const armNode of kids(blockNode)) {
    if (armNode.name !== 'MatchArm') continue;
    const aps = parts(armNode).filter((c) => c.name !== 'Attribute');
    const guardNode = child(armNode, 'Guard');
    const patNode = aps[0];
    const bodyNode = aps.filter((c) => c.name !== 'Guard')[1];
    if (!patNode || !bodyNode) syntaxError(ctx, armNode, '`match` 갈래가 불완전합니다');
    const arm: MatchArm = { kind: 'MatchArm', pat: lowerPattern(ctx, patNode), body: lowerExpr(ctx, bodyNode), span: spanOf(ctx, armNode) };
    if (guardNode) {
      const g = parts(guardNode).filter((c) => c.name !== 'if')[0];
      if (!g) syntaxError(ctx, guardNode, '`if` 가드가 불완전합니다');
      arm.guard = lowerCondition(ctx, g);
    }
    arms.push(arm);
  }
  return { kind: 'Match', scrutinee: lowerExpr(ctx, ps[0]), arms, span: spanOf(ctx, node) };
}

function argList(ctx: Ctx, node: SyntaxNode): Expr[] {
  const list = child(node, 'ArgList');
  if (!list) syntaxError(ctx, node, '호출 인자 목록이 없습니다');
  return parts(list).map((c) => lowerExpr(ctx, c));
}

/** `f(x)`, `a.m(x)` (method call), `a.m::<T>(x)` (turbofish method call). */
function lowerCall(ctx: Ctx, node: SyntaxNode): Expr {
  const span = spanOf(ctx, node);
  const callee = kids(node)[0];
  if (!callee) syntaxError(ctx, node, '호출 식이 불완전합니다');
  let fieldNode: SyntaxNode | null = null;
  let turbofish: SyntaxNode | null = null;
  if (callee.name === 'FieldExpression') fieldNode = callee;
  else if (callee.name === 'GenericFunction' && kids(callee)[0]?.name === 'FieldExpression') {
    fieldNode = kids(callee)[0];
    turbofish = child(callee, 'TypeArgList');
  }
  if (fieldNode) {
    const [recv, name] = parts(fieldNode);
    if (recv && name && name.name === 'FieldIdentifier') {
      return {
        kind: 'MethodCall',
        receiver: lowerExpr(ctx, recv),
        method: textOf(ctx, name),
        methodSpan: spanOf(ctx, name),
        generics: typeArgs(ctx, turbofish).args,
        args: argList(ctx, node),
        span,
      };
    }
  }
  return { kind: 'Call', callee: lowerExpr(ctx, callee), args: argList(ctx, node), span };
}

/** `a.b` and tuple indexing `t.0` (lezer may lex `t.0.1` as one Float `0.1`). */
function lowerField(ctx: Ctx, node: SyntaxNode): Expr {
  const span = spanOf(ctx, node);
  const [obj, field] = parts(node);
  if (!obj || !field) syntaxError(ctx, node, '필드 접근 식이 불완전합니다');
  const object = lowerExpr(ctx, obj);
  if (field.name === 'FieldIdentifier' || field.name === 'Identifier') {
    return { kind: 'Field', object, field: textOf(ctx, field), fieldSpan: spanOf(ctx, field), span };
  }
  const raw = textOf(ctx, field);
  if (field.name === 'Integer' && /^[0-9]+$/.test(raw)) {
    return { kind: 'TupleIndex', object, index: Number(raw), indexSpan: spanOf(ctx, field), span };
  }
  const m = /^([0-9]+)\.([0-9]+)$/.exec(raw);
  if (field.name === 'Float' && m) {
    const dot = field.from + m[1].length;
    const first = { kind: 'TupleIndex' as const, object, index: Number(m[1]), indexSpan: spanOf(ctx, { from: field.from, to: dot }), span: spanOf(ctx, { from: node.from, to: dot }) };
    return { kind: 'TupleIndex', object: first, index: Number(m[2]), indexSpan: spanOf(ctx, { from: dot + 1, to: field.to }), span };
  }
  syntaxError(ctx, field, `필드 이름이 아닙니다: ${raw}`);
}

/** `a..b`, `a..=b`, `..`, `a..`, `..b`: the operator may be an anonymous token between children. */
function lowerRange(ctx: Ctx, node: SyntaxNode): RangeExpr {
  const op = rangeOperator(ctx, node);
  if (!op) syntaxError(ctx, node, '범위 연산자를 찾을 수 없습니다');
  const operands = kids(node).filter((c) => !c.type.isError && c.name !== '..' && c.name !== '..=' && c.name !== '...');
  const e: RangeExpr = { kind: 'Range', inclusive: op.inclusive, span: spanOf(ctx, node) };
  const start = operands.find((c) => c.to <= op.from);
  const end = operands.find((c) => c.from >= op.to);
  if (start) e.start = lowerExpr(ctx, start);
  if (end) e.end = lowerExpr(ctx, end);
  return e;
}

function lowerStruct(ctx: Ctx, node: SyntaxNode): Expr {
  const [pathNode] = parts(node);
  const list = child(node, 'FieldInitializerList');
  if (!pathNode || !list) syntaxError(ctx, node, '구조체 식이 불완전합니다');
  const segs = rawSegments(ctx, pathNode);
  if (segs.length === 0) syntaxError(ctx, pathNode, '구조체 이름이 없습니다');
  const fields: FieldInit[] = [];
  let base: Expr | undefined;
  for (const f of kids(list)) {
    const fspan = spanOf(ctx, f);
    if (f.name === 'FieldInitializer') {
      const [nameNode, valueNode] = parts(f);
      if (!nameNode || !valueNode) syntaxError(ctx, f, '필드 초기화가 불완전합니다');
      fields.push({ kind: 'FieldInit', name: { name: textOf(ctx, nameNode), span: spanOf(ctx, nameNode) }, value: lowerExpr(ctx, valueNode), shorthand: false, span: fspan });
    } else if (f.name === 'ShorthandFieldInitializer') {
      const id = parts(f)[0];
      if (!id) syntaxError(ctx, f, '필드 초기화가 불완전합니다');
      const value = lowerExpr(ctx, id);
      fields.push({ kind: 'FieldInit', name: { name: textOf(ctx, id), span: spanOf(ctx, id) }, value, shorthand: true, span: fspan });
    } else if (f.name === 'BaseFieldInitializer') {
      const b = parts(f)[0];
      if (!b) syntaxError(ctx, f, '`..` 뒤에 식이 없습니다');
      base = lowerExpr(ctx, b);
    }
  }
  const e: Expr = { kind: 'Struct', path: lowerPath(ctx, pathNode), fields, span: spanOf(ctx, node) };
  if (base) e.base = base;
  return e;
}

function lowerClosure(ctx: Ctx, node: SyntaxNode): Expr {
  const list = child(node, 'ParamList');
  if (!list) syntaxError(ctx, node, '클로저 매개변수가 없습니다');
  const params: ClosureParam[] = parts(list).map((p) => {
    let ps = parts(p);
    // `|mut acc, x|`: the parameter node holds a `mut` keyword before the binding.
    const isMut = ps[0]?.name === 'mut';
    if (isMut) ps = ps.slice(1);
    if (!ps[0]) syntaxError(ctx, p, '클로저 매개변수가 불완전합니다');
    const pat = lowerPattern(ctx, ps[0]);
    if (isMut && pat.kind === 'IdentPat') pat.mut = true;
    const param: ClosureParam = { kind: 'ClosureParam', pat, span: spanOf(ctx, p) };
    if (ps[1]) param.ty = lowerType(ctx, ps[1]);
    return param;
  });
  const all = kids(node);
  const arrow = all.findIndex((c) => c.name === '->');
  const after = all.filter((c) => c.from >= list.to && c.name !== '->' && !c.type.isError && c.name !== 'LineComment' && c.name !== 'BlockComment');
  let ret = undefined;
  let bodyNode: SyntaxNode | undefined;
  if (arrow >= 0) {
    ret = lowerType(ctx, after[0]);
    bodyNode = after[1];
  } else bodyNode = after[0];
  if (!bodyNode) syntaxError(ctx, node, '클로저 본문이 없습니다');
  const e: Expr = { kind: 'Closure', move: has(node, 'move'), params, body: lowerExpr(ctx, bodyNode), text: textOf(ctx, node), span: spanOf(ctx, node) };
  if (ret) e.ret = ret;
  return e;
}
