// What `heapbook dev` prints after each reload: a one-line result in Korean, then every error and warning
// as `file:line:col: error|warning: 메시지` (the same lines `heapbook check` prints). Pure.
import { formatDiagnosticLine } from '../check/report-format.ts';
import type { DevStatus } from './dev-status.ts';

export function reloadReport(status: DevStatus, pages: number): string[] {
  const ms = Math.round(status.ms);
  const head = status.loaded
    ? `[heapbook] 책을 다시 읽었습니다 (${ms}ms, 페이지 ${pages}개)`
    : status.stale
      ? `[heapbook] 책에 오류가 있어 마지막으로 성공한 책을 계속 보여 줍니다 (${ms}ms)`
      : `[heapbook] 책에 오류가 있어 페이지를 만들 수 없습니다 (${ms}ms)`;
  return [head, ...status.errors.map(formatDiagnosticLine), ...status.warnings.map(formatDiagnosticLine)];
}
