// The JS API module (/pkg/kezek.js) never dies silently after a WebAssembly
// trap: the trap is forced by overwriting the instance's memory (what a bug
// would leave behind), and every time the call throws `engine.crashed`, the
// module restarts, and the next call answers. The review saw every call fail
// after 388 traps; here there are 500.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useSiteAndBrowser, ROOT } from "./harness.mjs";

const env = useSiteAndBrowser({ before, after });
const CASE = fs.readFileSync(path.join(ROOT, "crates/kezek-rules/examples/cases/01-portal-general-family.json"), "utf8");

test("a forced trap is reported as engine.crashed and the module restarts, 500 times over", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // A same-origin page (the server's 404 carries the app's CSP).
  await page.goto(`${env.site.url}/js-api-probe`);
  const result = await page.evaluate(async (caseJson) => {
    const m = await import("/pkg/kezek.js");
    await m.default();
    const first = m.evaluate(caseJson).category.category;
    const codes = {};
    for (let i = 0; i < 500; i++) {
      // Overwrite the running instance's memory: its allocator and data are garbage now.
      new Uint8Array(m.initSync().memory.buffer).fill(0xff);
      try {
        m.evaluate(caseJson);
        codes.none = (codes.none || 0) + 1;
      } catch (e) {
        codes[e.code || e.constructor.name] = (codes[e.code || e.constructor.name] || 0) + 1;
      }
    }
    return { first, codes, after: m.evaluate(caseJson).category.category, edition: m.edition() };
  }, CASE);
  assert.equal(result.first, "general");
  assert.deepEqual(result.codes, { "engine.crashed": 500 });
  assert.equal(result.after, "general", "the next valid call answers");
  assert.match(result.edition, /254/);
  assert.deepEqual(errors, []);
  await context.close();
});
