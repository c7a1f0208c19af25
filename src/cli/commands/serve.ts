// `heapbook serve [--out DIR] [--port N]`: serves a built book from DIR (default dist/) on localhost.
// Prints the URL and runs until interrupted (Ctrl+C).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { staticServer } from '../build/static-server.ts';

export async function run(argv: string[]): Promise<number> {
  let values: { out?: string; port?: string; host?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    console.error(`heapbook serve: ${(err as Error).message}`);
    return 2;
  }
  const outDir = resolve(values.out ?? 'dist');
  const port = Number(values.port ?? process.env.PORT ?? 4321);
  const host = values.host ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`heapbook serve: 포트 번호가 올바르지 않습니다: '${values.port}'`);
    return 2;
  }
  const index = await stat(resolve(outDir, 'index.html')).catch(() => null);
  if (!index) {
    console.error(`heapbook serve: '${outDir}'에 빌드된 사이트가 없습니다. 먼저 'heapbook build'를 실행하세요.`);
    return 1;
  }
  const server = staticServer(outDir);
  return new Promise<number>((done) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      console.error(
        err.code === 'EADDRINUSE'
          ? `heapbook serve: 포트 ${port}이(가) 이미 사용 중입니다. --port로 다른 포트를 고르세요.`
          : `heapbook serve: ${err.message}`,
      );
      done(1);
    });
    server.listen(port, host, () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      const shown = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      console.log(`책을 제공하는 중: http://${shown}:${actual}/  (끝내려면 Ctrl+C)`);
    });
    const stop = () => server.close(() => done(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
