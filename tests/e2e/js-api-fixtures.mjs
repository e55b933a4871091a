// Fixtures shared by the Node tests of the JS API (pkg/kezek.js with its
// wasm): one queue snapshot, the examples they read, and the module itself.
// One literal here, not a copy in each test (the duplicates report's D1).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./harness.mjs";

/** A file of the repository, parsed as JSON. */
export const read = (p) => JSON.parse(fs.readFileSync(path.join(ROOT, p), "utf8"));

/**
 * A small kezek.snapshot/1 of Astana as of 24.11.2026: two waiting
 * applications of children born in 2023 (a general one and a first-priority
 * one) and one bulletin of two general places on 01.09.2026. Deeply frozen:
 * a test that changes it works on `structuredClone(SNAPSHOT)`.
 */
export const SNAPSHOT = deepFreeze({
  schema: "kezek.snapshot/1",
  settlement: "Astana",
  as_of: "2026-11-24T09:00",
  queues: [{ birth_year: 2023, queue: "general", applications: [
    { id: "A1", submitted: "2024-01-10T10:00", group: "general", status: "waiting" },
    { id: "A2", submitted: "2025-03-10T10:00", group: "first", status: "waiting" },
  ] }],
  bulletins: [{ date: "2026-09-01", birth_year: 2023, preschool: "p1", places: 2, mode: "general" }],
});

/** The built JS module, initialised with its wasm (run `scripts/build.sh` first). */
export async function loadKezek() {
  const kezek = await import(pathToFileURL(path.join(ROOT, "pkg", "kezek.js")).href);
  kezek.initSync({ module: fs.readFileSync(path.join(ROOT, "pkg", "kezek_bg.wasm")) });
  return kezek;
}

function deepFreeze(o) {
  for (const v of Object.values(o)) if (v && typeof v === "object") deepFreeze(v);
  return Object.freeze(o);
}
