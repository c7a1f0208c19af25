import { chromium } from 'playwright-core';
const url = process.argv[2]; const out = process.argv[3] || '/tmp/lh/trace.json';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await b.startTracing(page, { path: out, categories: ['devtools.timeline','disabled-by-default-devtools.timeline','blink','v8.execute'] });
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(3000);
await b.stopTracing();
await b.close();
const t = JSON.parse((await import('node:fs')).readFileSync(out, 'utf8'));
const ev = (t.traceEvents || t).filter(e => e.ph === 'X' && e.dur);
const by = {};
for (const e of ev) { if (['UpdateLayoutTree','Layout','ParseHTML','ParseAuthorStyleSheet','EvaluateScript','FunctionCall','Paint','PrePaint','Layerize','RecalculateStyles','HitTest','v8.compile','TimerFire','RunMicrotasks','EventDispatch','FireAnimationFrame','UpdateLayer','IntersectionObserverController::computeIntersections'].includes(e.name)) { by[e.name] ??= { n: 0, ms: 0, max: 0 }; by[e.name].n++; by[e.name].ms += e.dur / 1000; by[e.name].max = Math.max(by[e.name].max, e.dur/1000); } }
for (const [k, v] of Object.entries(by).sort((a, b) => b[1].ms - a[1].ms)) console.log(k.padEnd(28), String(v.n).padStart(4), v.ms.toFixed(1).padStart(8), 'max', v.max.toFixed(1));
const lay = ev.filter(e => e.name === 'Layout' || e.name === 'UpdateLayoutTree').sort((a,b)=>b.dur-a.dur).slice(0,8);
for (const e of lay) console.log(e.name, (e.dur/1000).toFixed(1), JSON.stringify(e.args?.beginData?.stackTrace?.[0] ?? e.args?.beginData ?? {}).slice(0,200));
