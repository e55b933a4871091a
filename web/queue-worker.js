// The queue step's Web Worker (a module worker the app starts when the parent
// reaches step 7): reads a queue snapshot (a picked file, the sample city, the
// embedding page's), gives the position and runs the forecast, all in the
// queue's own wasm module (crates/kezek-queue-worker) off the page's thread.
//
// Requests: {id, type: "load", name, now, file | url | text}, {id, type:
// "check", name, now, text} (read as "load" reads, kept nowhere: the embedding
// page's configure is answered with it, possibly before step 7), {id, type:
// "position", query}, {id, type: "forecast", query, options}. Replies: {id, ok}
// or {id, error} (the engine's error object as JSON text: its code, field,
// message, and the line of a queue table where the engine gave one, which
// step 7 names), and {id, progress} while a forecast runs. A new forecast or
// snapshot stops the running forecast; a new snapshot stops a snapshot still
// being read, a forecast does not.
// {type: "warm"} (no reply) starts the warm-up below.
import init, { QueueEngine, WarmUp } from "./kezek_queue_worker.js";

// Paths per chunk: between chunks the worker reads its messages (a newer
// request stops the running forecast) and reports progress.
const CHUNK = 500;

// Lets the worker read its messages between chunks: a message to itself, not
// setTimeout(0), which browsers clamp to 4 ms after a few nested calls (20
// chunks of a 10,000-path forecast would wait 80 ms).
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToMessages = () =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const ready = init({ module_or_path: new URL("kezek_queue_worker_bg.wasm", import.meta.url) });
let engine = null;
// Bumped by every load: a load still reading its text stops when a newer
// load comes (the newer snapshot is the one wanted).
let loadGeneration = 0;
// Bumped by every forecast, and by every load as it starts and as its
// snapshot is read in: a running forecast stops when it changes. A forecast
// does not stop a load still reading its text (it runs on the snapshot held
// meanwhile, and stops when the new one is read in): before, the read came
// back "superseded" and the parent was told the snapshot could not be read.
let generation = 0;

// Warm-up (issue 19): V8 first runs WebAssembly from its baseline compiler and
// recompiles a function for speed only once it has run hot, so a forecast on
// a fresh worker ran at half speed. When the parent reaches step 7
// (crates/kezek-app/src/steps/queue.rs) the app asks for it ({type: "warm"});
// from then until the parent asks for a forecast, the worker runs a
// throw-away forecast on a small synthetic city (WarmUp,
// crates/kezek-queue-worker) in chunks, reading its messages between them. It
// waits while a snapshot is read (a request waits at most one chunk) and stops
// for good at the parent's forecast. A worker started only to check an
// embedding page's snapshot does not warm up.
const WARM_UP_CHUNK = 100;
let warming = true;
let warmAsked;
const warmWanted = new Promise((r) => (warmAsked = r));
// Snapshots being read, and a promise kept while there are any.
let loading = 0;
let loadsDone = null;
let endLoads = null;
Promise.all([ready, warmWanted])
  .then(yieldToMessages) // a request that came with the start goes first
  .then(async () => {
    if (!warming) return;
    const w = new WarmUp();
    try {
      while (warming && w.run(WARM_UP_CHUNK) < w.paths()) {
        await yieldToMessages();
        while (loading) await loadsDone;
      }
    } finally {
      w.free();
    }
  })
  .catch(() => {}); // only a speed-up: a failure shows in the requests themselves

const error = (code, message) => JSON.stringify({ code, field: "", message: String(message) });

async function text(m) {
  if (m.file) return m.file.text();
  if (m.url) {
    // The app gives only same-origin URLs (bridge.js checks the embedder's).
    const r = await fetch(new URL(m.url, self.location.href), { credentials: "same-origin" });
    if (!r.ok) throw { fetch: true, message: `HTTP ${r.status}` };
    return r.text();
  }
  return m.text;
}

async function handle(m) {
  try {
    await ready;
  } catch (e) {
    // The module could not be fetched or compiled (offline before it was cached).
    return { error: error("fetch", e), crashed: true };
  }
  engine ??= new QueueEngine();
  switch (m.type) {
    case "load": {
      const mine = ++loadGeneration;
      generation++;
      if (loading++ === 0) loadsDone = new Promise((r) => (endLoads = r));
      try {
        let t;
        try {
          t = await text(m);
        } catch (e) {
          return { error: error("fetch", e.message ?? e) };
        }
        if (mine !== loadGeneration) return { error: error("worker.superseded", "a newer snapshot was asked for") };
        const ok = engine.load(m.name, t, m.now);
        // A forecast started meanwhile ran on the snapshot before: it stops.
        generation++;
        return { ok };
      } finally {
        if (--loading === 0) endLoads();
      }
    }
    case "check":
      // Read as "load" reads, and kept nowhere: neither the snapshot held nor
      // a running forecast changes.
      return { ok: engine.check(m.name, m.text, m.now) };
    case "position":
      return { ok: engine.position(m.query) };
    case "forecast": {
      warming = false;
      const mine = ++generation;
      const paths = engine.startForecast(m.query, m.options);
      for (;;) {
        const done = engine.run(CHUNK);
        if (done >= paths) break;
        self.postMessage({ id: m.id, progress: done });
        await yieldToMessages();
        if (mine !== generation) return { error: error("worker.superseded", "a newer request came") };
      }
      return { ok: engine.forecast() };
    }
    default:
      return { error: error("worker.bad_message", `unknown request ${m.type}`) };
  }
}

self.onmessage = async (ev) => {
  const m = ev.data || {};
  if (m.type === "warm") return warmAsked();
  let reply;
  try {
    reply = await handle(m);
  } catch (e) {
    if (typeof e === "string") {
      reply = { error: e };
    } else {
      // A trap leaves the module unusable: say so, and let the app start a
      // fresh worker for the next request.
      console.error("Kezek queue worker failed", e);
      reply = { error: error("engine.crashed", e), crashed: true };
    }
  }
  self.postMessage({ id: m.id, ...reply });
  if (reply.crashed) self.close();
};
