// Timing helpers shared by the in-browser bench (web/bench/bench.js) and
// node's scripts/bench-eval.mjs: no DOM, only performance.now(). Times in ms.

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Calls per sample of `fn`, so one sample lasts >= 2 ms, after `warmupMs` of calls. */
export function batchFor(fn, warmupMs = 100) {
  // Warm-up (and fail early): the first calls compile the code they reach
  // (ms each); a batch sized on them would be a call or two, too short for the clock.
  for (const start = performance.now(); performance.now() - start < warmupMs; ) fn();
  // Batch calls so one sample lasts >= 2 ms: performance.now() is coarse
  // (0.1 ms in Chromium), so single fast calls would read as 0.
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t >= 2 || batch >= 1 << 20) break;
    batch *= 2;
  }
  return batch;
}

/** One sample: the time per call of `batch` calls, in ms. */
export function sample(fn, batch) {
  const t = performance.now();
  for (let i = 0; i < batch; i++) fn();
  return (performance.now() - t) / batch;
}
