// Timing helpers shared by the in-browser bench (web/bench/bench.js) and
// node's scripts/bench-eval.mjs: no DOM, only performance.now(). Times in ms.

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Calls per sample of `fn`, so one sample lasts >= 10 ms, after `warmupMs` of calls. */
export function batchFor(fn, warmupMs = 100) {
  // Warm-up (and fail early): the first calls compile the code they reach
  // (ms each); a batch sized on them would be a call or two, too short for the clock.
  for (const start = performance.now(); performance.now() - start < warmupMs; ) fn();
  // Batch calls so one sample lasts >= 10 ms: performance.now() is coarse
  // (0.1 ms in Chromium), so single fast calls would read as 0, and a 2 ms
  // sample put a 25 us call on a grid of 1.56 us (0.1 ms / 64 calls): the
  // median of such samples is a grid point, up to 0.8 us off (issue 19,
  // session of 05.12.2026). At 10 ms the grid is ~0.2 us.
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t >= 10 || batch >= 1 << 20) break;
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
