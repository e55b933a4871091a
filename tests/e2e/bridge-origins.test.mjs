// The embedding bridge's choice of the origin it posts to (web/bridge.js, as
// built in dist/), run in node on a window whose `location` the test writes —
// which a browser does not allow (Location is unforgeable, and Chromium always
// has `location.ancestorOrigins`): a frame whose browser does not say who
// embeds it (Firefox has no ancestorOrigins), with two or more allowed host
// origins, must still say `ready` and hand the application off. postMessage
// delivers a message only when its target origin is the receiving window's,
// so one sent to each allowed origin reaches the parent alone, and only if it
// is allowed. tests/e2e/embed.test.mjs checks the same bridge in Chromium,
// across real origins, with two allowed origins.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DIST } from "./harness.mjs";

// The built bridge: its protocol constants import embed/services.js, which the build writes.
const { startBridge, allowedOrigins } = await import(pathToFileURL(path.join(DIST, "bridge.js")).href);

const HOST = "https://egov.kz";
const OTHER = "https://beta.egov.kz";

/** A framed window: `location.search` and, when given, `location.ancestorOrigins`; what it posts to its parent. */
function framed(search, ancestorOrigins) {
  const win = new EventTarget();
  const posted = [];
  win.parent = { postMessage: (data, targetOrigin) => posted.push({ type: data.type, targetOrigin }) };
  win.location = { search, href: `https://app.example/index.html${search}`, origin: "https://app.example" };
  if (ancestorOrigins) win.location.ancestorOrigins = ancestorOrigins;
  return { win, posted };
}

/** A message from the parent, as the browser dispatches it. */
function fromParent(win, origin, data) {
  const e = new Event("message");
  Object.assign(e, { data, origin, source: win.parent });
  win.dispatchEvent(e);
}

/** What console.warn was called with while `f` ran. */
function warnings(f) {
  const seen = [];
  const warn = console.warn;
  console.warn = (...args) => seen.push(args.join(" "));
  try {
    return { value: f(), seen };
  } finally {
    console.warn = warn;
  }
}

const search = (origins) => `?embed=1&origins=${encodeURIComponent(origins.join(","))}`;
const settle = () => new Promise((r) => setTimeout(r, 0));

test("two allowed origins, no ancestorOrigins: ready and the hand-off go to each allowed origin until the host writes", async () => {
  const { win, posted } = framed(search([HOST, OTHER]));
  assert.deepEqual(startBridge(win), [HOST, OTHER]);
  assert.deepEqual(posted, [
    { type: "ready", targetOrigin: HOST },
    { type: "ready", targetOrigin: OTHER },
  ]);
  // The parent hands the application off before the host has configured anything.
  posted.length = 0;
  win.dispatchEvent(new CustomEvent("kezek:application-prepared", { detail: { payload: {}, sha256: "0" } }));
  assert.deepEqual(posted, [
    { type: "application-prepared", targetOrigin: HOST },
    { type: "application-prepared", targetOrigin: OTHER },
  ]);
  // Once the host has written, it alone is written to.
  posted.length = 0;
  fromParent(win, OTHER, { protocol: "kezek", version: 1, type: "configure", payload: { lang: "ru" } });
  win.dispatchEvent(new CustomEvent("kezek:app-mounted"));
  await settle();
  await settle();
  win.dispatchEvent(new CustomEvent("kezek:application-prepared", { detail: { payload: {}, sha256: "0" } }));
  assert.deepEqual(posted, [
    { type: "configured", targetOrigin: OTHER },
    { type: "application-prepared", targetOrigin: OTHER },
  ]);
});

test("the browser names the embedding origin: only it is written to", () => {
  const { win, posted } = framed(search([HOST, OTHER]), [OTHER, "https://top.example"]);
  startBridge(win);
  win.dispatchEvent(new CustomEvent("kezek:application-prepared", { detail: {} }));
  assert.deepEqual(posted, [
    { type: "ready", targetOrigin: OTHER },
    { type: "application-prepared", targetOrigin: OTHER },
  ]);
});

test("one allowed origin: it alone is written to, whatever the browser says", () => {
  for (const ancestors of [undefined, [HOST], ["https://stranger.example"]]) {
    const { win, posted } = framed(search([HOST]), ancestors);
    startBridge(win);
    assert.deepEqual(posted, [{ type: "ready", targetOrigin: HOST }], JSON.stringify(ancestors));
  }
});

test("origins are read as the URL standard reads them: scheme and host in any case, the default port, a trailing slash", () => {
  const { value } = warnings(() => allowedOrigins(search(["HTTPS://EGOV.KZ", "https://beta.egov.kz:443/", "http://localhost:8080"])));
  assert.deepEqual(value, ["https://egov.kz", "https://beta.egov.kz", "http://localhost:8080"]);
});

test("what is not an origin is dropped with a warning, and an empty allowlist is said", () => {
  const notOrigins = ["https://egov.kz/services", "https://egov.kz?x=1", "https://egov.kz/#top", "https://user@egov.kz", "*", "ftp://egov.kz", "egov.kz"];
  const { value, seen } = warnings(() => allowedOrigins(search([...notOrigins, HOST])));
  assert.deepEqual(value, [HOST]);
  for (const s of notOrigins) assert.ok(seen.some((w) => w.includes(`"${s}"`)), `${s} not named in: ${seen.join(" | ")}`);

  const { win, posted } = framed(search(["https://egov.kz/services"]));
  const off = warnings(() => startBridge(win));
  assert.deepEqual(off.value, []);
  assert.deepEqual(posted, []);
  assert.ok(off.seen.some((w) => w.includes("no allowed host origin")), off.seen.join(" | "));

  // Not embedded: nothing to say.
  assert.deepEqual(warnings(() => allowedOrigins("?lang=kk")).seen, []);
});

/**
 * A framed window (as `framed`) whose root element is `height` px tall, with a
 * ResizeObserver the test fires (`resize(h)`); `sent` lists what was posted
 * with its payload.
 */
function framedWithHeight(search, ancestorOrigins) {
  const f = framed(search, ancestorOrigins);
  const sent = [];
  const post = f.win.parent.postMessage;
  f.win.parent.postMessage = (data, targetOrigin) => {
    sent.push({ type: data.type, payload: data.payload, targetOrigin });
    post(data, targetOrigin);
  };
  const root = { height: 0, clientHeight: 150, getBoundingClientRect: () => ({ height: root.height }) };
  f.win.document = { documentElement: root };
  f.win.innerHeight = 150;
  const observers = [];
  f.win.ResizeObserver = class {
    constructor(callback) {
      this.callback = callback;
      observers.push(this);
    }
    observe(el) {
      assert.equal(el, root, "the root element is observed");
    }
  };
  const resize = (h) => {
    root.height = h;
    for (const o of observers) o.callback([]);
  };
  return { ...f, sent, resize };
}

test("the content's height (resize {height}, whole px) goes where the other messages go, once per change", () => {
  const { win, posted, sent, resize } = framedWithHeight(search([HOST, OTHER]));
  startBridge(win);
  resize(700.2);
  resize(700.9); // the same whole height: not said again
  assert.deepEqual(posted, [
    { type: "ready", targetOrigin: HOST },
    { type: "ready", targetOrigin: OTHER },
    { type: "resize", targetOrigin: HOST },
    { type: "resize", targetOrigin: OTHER },
  ]);
  assert.deepEqual(sent.filter((m) => m.type === "resize").map((m) => m.payload), [{ height: 701 }, { height: 701 }]);
  // Once the host has written, to it alone.
  posted.length = 0;
  fromParent(win, OTHER, { protocol: "kezek", version: 1, type: "configure", payload: { lang: "ru" } });
  resize(1200);
  assert.deepEqual(posted, [{ type: "resize", targetOrigin: OTHER }]);
  assert.deepEqual(sent.at(-1).payload, { height: 1200 });
  // The browser names the embedding origin: to it alone from the first height on.
  const named = framedWithHeight(search([HOST, OTHER]), [HOST]);
  startBridge(named.win);
  named.resize(480);
  assert.deepEqual(named.posted, [
    { type: "ready", targetOrigin: HOST },
    { type: "resize", targetOrigin: HOST },
  ]);
});
