import fs from 'node:fs';
const t = JSON.parse(fs.readFileSync(process.argv[2] || '/tmp/lh/trace.json', 'utf8'));
const ev = (t.traceEvents || t).filter(e => e.ph === 'X' && e.dur);
const main = ev.filter(e => e.name === 'RunTask' && e.dur > 30000);
const t0 = Math.min(...ev.map(e => e.ts));
for (const task of main) {
  const kids = ev.filter(e => e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task && e.dur > 3000 && e.name !== 'RunTask');
  console.log(`task @${((task.ts - t0)/1000).toFixed(0)}ms ${(task.dur/1000).toFixed(1)}ms`);
  for (const k of kids.slice(0, 12)) console.log('   ', k.name, (k.dur/1000).toFixed(1), JSON.stringify(k.args?.data?.url ?? k.args?.data?.functionName ?? k.args?.beginData?.url ?? '').slice(0, 90));
}
