// `heapbook dev [--book DIR] [--port N] [--host H]`: a dev server with live reload for book authors.
// Edits to chapters, SUMMARY, book.toml, images and listings reload the browser; errors show in an overlay.
import { parseArgs } from 'node:util';
import { startDevServer } from '../../dev/dev-server.ts';
import { reloadReport } from '../../dev/terminal-report.ts';

export async function run(argv: string[]): Promise<number> {
  let values: { book?: string; port?: string; host?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { book: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    console.error(`heapbook dev: ${(err as Error).message}`);
    return 2;
  }
  const port = Number(values.port ?? process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`heapbook dev: 포트 번호가 올바르지 않습니다: '${values.port}'`);
    return 2;
  }
  let server;
  try {
    server = await startDevServer({
      bookDir: values.book ?? 'content',
      port,
      host: values.host,
      onStatus: (status, book) => {
        const lines = reloadReport(status, book?.pages.length ?? 0);
        (status.errors.length > 0 ? console.error : console.log)(lines.join('\n'));
      },
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(
      e?.code === 'EADDRINUSE'
        ? `heapbook dev: 포트 ${port}이(가) 이미 사용 중입니다. --port로 다른 포트를 고르세요.`
        : `heapbook dev: 개발 서버를 시작할 수 없습니다: ${e?.message ?? String(err)}`,
    );
    return 1;
  }
  console.log(`[heapbook] 개발 서버: ${server.url}  (책 폴더를 고치면 브라우저가 새로 고쳐집니다. 끝내려면 Ctrl+C)`);
  return new Promise<number>((done) => {
    const stop = () => void server.stop().then(() => done(0), () => done(1));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
