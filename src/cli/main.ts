// Subcommand dispatcher for `heapbook`: maps the first argument to a module in ./commands.
// Commands are loaded lazily so `heapbook run` never pays for Astro or Shiki start-up.
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }> = {
  build: { summary: 'build [--book DIR] [--out DIR] [--strict]  책을 정적 사이트로 빌드 (--strict: 경고도 오류)', load: () => import('./commands/build.ts') },
  serve: { summary: 'serve [--out DIR] [--port N]     빌드된 사이트를 로컬에서 제공', load: () => import('./commands/serve.ts') },
  dev: { summary: 'dev [--book DIR] [--port N]      실시간 새로고침 개발 서버', load: () => import('./commands/dev.ts') },
  check: { summary: 'check [--book DIR] [--format text|json]  책 전체 검사', load: () => import('./commands/check.ts') },
  run: { summary: 'run PATH [-p 패키지] [--env 이름=값] [--seed N] [--trace FILE.json] [--max-steps N] [-- 인자…]  러스트 프로그램·크레이트 시뮬레이션', load: () => import('./commands/run.ts') },
  test: { summary: 'test PATH [필터] [-p 패키지] [-- 테스트 옵션…]  크레이트의 테스트를 cargo test처럼 실행', load: () => import('./commands/test.ts') },
  bench: { summary: 'bench                             벤치마크 실행', load: () => import('./commands/bench.ts') },
  conformance: { summary: 'conformance --book DIR [--chapter chNN] [--json FILE] [--truth-only]  실제 cargo와 시뮬레이터 비교', load: () => import('./commands/conformance.ts') },
  stdlist: { summary: 'stdlist [--docs DIR]              std 문서에서 커버리지 목록과 보고서 생성', load: () => import('./commands/stdlist.ts') },
  fuzz: { summary: 'fuzz [--count N] [--seed S] [--save DIR]  골든 프로그램 변이 실행 (결과 종류별 개수)', load: () => import('./commands/fuzz.ts') },
  figure: { summary: 'figure PATH --out FILE.svg        프로그램 종료 시점 메모리 그림 생성', load: () => import('./commands/figure.ts') },
};

function usage(): string {
  return ['사용법: heapbook <명령> [옵션]', '', ...Object.values(COMMANDS).map((c) => '  ' + c.summary)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    console.error(`heapbook: 알 수 없는 명령 '${name}'\n\n${usage()}`);
    return 2;
  }
  const mod = await cmd.load();
  return mod.run(rest);
}
