// Kezek's embedding bridge: the postMessage protocol between the app (in an
// iframe) and the page that embeds it. Protocol "kezek", version 1.
//
// The app itself (Rust/Yew) never talks to the parent window: it dispatches
// DOM events on `window` and listens for one. This file is the only place
// that crosses the frame boundary, so the security rules live here:
//
//   - Active only when framed AND the iframe URL names the allowed host
//     origins: `index.html?embed=1&origins=<comma-separated origins>` (exact
//     origins, e.g. "https://egov.kz"); or, in a build config,
//     `embed-config.json` {"origins": [...]}. No wildcard.
//   - Messages from any other origin are ignored and logged (console.warn).
//   - Messages to the host go ONLY to the one origin that configured us (or,
//     before that, to the embedding origin the browser names, else to each
//     allowed origin: a message is delivered only to a parent of its target
//     origin), never to "*".
//   - Every incoming message is validated: shape, types, sizes, depth. A bad
//     message gets an `error` event back with a code; nothing is applied.
//
// Host -> app   {protocol:"kezek", version:1, type:"configure", payload:{
//                   lang?: "kk"|"ru"|"en", service?: any code of SERVICES
//                   (protocol.js: order 254's 00403001/00403002 and every
//                   catalogue service of order 414, e.g. "00403008"),
//                   snapshot?: object, or snapshotUrl?: string (same origin
//                   as the app; both in one message: embed.two_snapshots),
//                   calendar?: object, applicantIin?: "12 digits" }}
// App -> host   {protocol:"kezek", version:1, type, payload} with type one of
//                   "ready", "configured", "error" {code, field, message}
//                   (the wire error object of crates/kezek-rules/src/common/
//                   wire.rs: the bridge's own `embed.*` codes name the field
//                   they are about, a path inside the payload or the message's
//                   own `protocol`/`version`/`type`/`payload`, "" for none; for
//                   a snapshot or calendar the engine refuses, its error object
//                   {code, field, line?, message}),
//                   "application-prepared" {payload, sha256},
//                   "resize" {height}: the height of the app's content in CSS
//                   px, whenever it changes, so the host sizes its frame to it
//                   and the parent never scrolls inside the frame.
//               Nothing else: what the parent types, the step they are on and
//               the category their answers give never reach the host before the
//               parent hands the application off. (The height changes with what
//               the page shows; it is a number and nothing more.)
//
// Inside the page: the bridge dispatches `kezek:configure` (detail = payload)
// once the app has mounted (`kezek:app-mounted`; until then messages wait), and
// the app checks what only the engine can: the calendar at once (it marks a
// rejected detail with `kezekRejected = {code, field, message}`), a snapshot
// as the queue step reads it, in the queue's worker (it leaves
// `kezekChecked`, a promise of that refusal or of nothing). A `snapshotUrl` is
// fetched here first (`embed.snapshot_unreachable` when it cannot be), and its
// text handed to the app as `kezekSnapshotText`, read as an inline snapshot.
// The host gets the refusal as `error` instead of `configured`, and nothing of
// the message is applied. Messages are answered one at a time, in the order
// they came. Accepted configuration is kept in `window.kezekEmbedConfig`; a
// `snapshot` replaces a `snapshotUrl` configured before and the other way
// round (the last configured wins), and `kezek:embed-snapshot` tells the queue
// step, which shows it at once. Only the app's `kezek:application-prepared` is
// forwarded to the host.

import { PROTOCOL, VERSION, LIMITS, LANGS, SERVICES, CONFIGURE_FIELDS, FORWARDED, cut } from "./embed/protocol.js";

export { PROTOCOL, VERSION, LIMITS };

/**
 * Parses the allowlist from the iframe URL: http(s) origins only, each as the
 * URL standard serialises it (scheme and host are case-insensitive, so
 * `HTTPS://EGOV.KZ` is `https://egov.kz`; a default port and a trailing slash
 * are dropped). An entry with more than an origin (a path, a query, a
 * fragment, a user) is not one: it is dropped, with a warning, and so is an
 * `embed` whose allowlist ends up empty.
 */
export function allowedOrigins(search) {
  const params = new URLSearchParams(search);
  if (!params.has("embed")) return [];
  const raw = params.get("origins") || "";
  const out = [];
  for (const part of raw.split(",")) {
    const s = part.trim();
    if (!s) continue;
    let u = null;
    try {
      u = new URL(s);
    } catch {
      /* not a URL */
    }
    if (u && (u.protocol === "https:" || u.protocol === "http:") && u.href === `${u.origin}/`) {
      if (!out.includes(u.origin)) out.push(u.origin);
    } else {
      console.warn(`Kezek: "${s.slice(0, 100)}" in origins= is not an http(s) origin (scheme://host[:port], nothing after it): ignored`);
    }
  }
  if (!out.length) console.warn("Kezek: embed= with no allowed host origin in origins= (e.g. origins=https://egov.kz): the embedding bridge is off");
  return out;
}

/** Whether `v` is a plain object (not an array, Date, Map, ArrayBuffer, …). */
export function isPlainObject(v) {
  if (!v || typeof v !== "object" || Object.prototype.toString.call(v) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The UTF-8 length of a string, counted without copying it. */
function utf8Bytes(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/**
 * Walks a value once, structure first: only JSON values (plain objects,
 * arrays, strings, finite numbers, booleans, null), no cycles, bounded depth,
 * string length and array size; and its size as JSON text in UTF-8 bytes,
 * stopping as soon as it passes the limit. Returns a code or null; on a code,
 * `at.field` is where: the path of the value at fault from `value`
 * (`snapshot.queues[0].n`), or for a total size past the limit the member of
 * `value` being walked when it passed.
 */
export function checkBounds(value, at = {}) {
  // Each entry: [value, depth, the entry it is in, its key there]; a path is
  // spelled only for the value at fault.
  const stack = [[value, 0, null, null]];
  let bytes = 0;
  let entry;
  const fail = (code, whole = false) => {
    let e = entry;
    if (whole) while (e[2] && e[2][2]) e = e[2];
    at.field = pathOf(e);
    return code;
  };
  while (stack.length) {
    entry = stack.pop();
    const [v, depth] = entry;
    if (depth > LIMITS.depth) return fail("too_deep");
    if (typeof v === "string") {
      if (v.length > LIMITS.messageBytes) return fail("too_large");
      if (v.length > LIMITS.stringChars) return fail("string_too_long");
      bytes += utf8Bytes(v) + 2;
    } else if (typeof v === "number") {
      if (!Number.isFinite(v)) return fail("bad_type");
      bytes += 24;
    } else if (v === null || typeof v === "boolean") {
      bytes += 5;
    } else if (Array.isArray(v) || isPlainObject(v)) {
      // A cycle is a value inside itself: one of the entries it is in. The
      // same object twice side by side (a structured clone keeps a shared
      // reference) is no cycle: JSON writes it twice, and it is walked and
      // counted twice, so its size is the JSON text's.
      for (let e = entry[2]; e; e = e[2]) if (e[0] === v) return fail("cyclic");
      if (Array.isArray(v)) {
        if (v.length > LIMITS.arrayItems) return fail("array_too_long");
        bytes += 2 + v.length;
        for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], depth + 1, entry, i]);
      } else {
        const keys = Object.keys(v);
        bytes += 2;
        for (const k of keys) {
          bytes += utf8Bytes(k) + 4;
          stack.push([v[k], depth + 1, entry, k]);
        }
      }
    } else {
      return fail("bad_type"); // BigInt, ArrayBuffer, Date, Map, Blob, undefined, …
    }
    if (bytes > LIMITS.messageBytes) return fail("too_large", true);
  }
  return null;
}

/** The path of a walk's entry from the value walked, as the engine spells fields: `a.b[0].c`. */
function pathOf(entry) {
  const parts = [];
  for (let e = entry; e && e[2]; e = e[2]) {
    const k = e[3];
    if (typeof k === "number") parts.push(`[${k}]`);
    else if (/^[A-Za-z_$][\w$]*$/.test(k)) parts.push(`.${k}`);
    else parts.push(`[${JSON.stringify(cut(k, 64))}]`);
  }
  return parts.reverse().join("").replace(/^\./, "");
}

/** A value as an error says it: a string quoted (its first 16 characters, `cut`), null, a number, a boolean; `{…}`, `[…]` else. */
function shown(v) {
  if (typeof v === "string") return `"${cut(v, 16)}"`;
  if (v === null || typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "[…]" : "{…}";
}

/**
 * The bridge's own error texts (`embed.*`) in the app's three languages, each
 * a function of the error's details. The host is answered in the language
 * the frame shows (its `<html lang>`), as the engine's refusals of a snapshot
 * or a calendar are (crates/kezek-app/src/hooks/embed_config.rs); the code and
 * the field are the same in every language, for the integrator's code to read.
 */
const TEXTS = {
  en: {
    not_an_object: () => "message must be an object",
    wrong_protocol: () => 'protocol must be "kezek"',
    unsupported_version: () => `version must be ${VERSION}`,
    unknown_type: () => 'type must be "configure"',
    bad_payload: () => "payload must be an object",
    too_deep: () => `payload rejected: nested deeper than ${LIMITS.depth}`,
    string_too_long: () => `payload rejected: a string longer than ${LIMITS.stringChars} characters`,
    array_too_long: () => `payload rejected: an array longer than ${LIMITS.arrayItems} items`,
    too_large: () => `message larger than ${LIMITS.messageBytes} bytes`,
    cyclic: () => "payload rejected: it refers to itself (a cycle), which JSON cannot hold",
    bad_type: () => "payload rejected: it holds a value that is not JSON (such as a BigInt, Date, Map or ArrayBuffer)",
    bad_lang: () => "lang must be kk, ru or en",
    bad_service: ({ value }) => `service ${value} is not a Kezek service code (one of ${SERVICES.join(", ")})`,
    bad_iin: () => "applicantIin must be 12 digits",
    bad_snapshot: () => "snapshot must be an object",
    bad_snapshot_url: ({ why }) =>
      why === "not_a_url" ? "snapshotUrl is not a URL"
      : why === "other_origin" ? "snapshotUrl must be on the app's own origin"
      : 'snapshotUrl must be a URL string, such as "/data/astana.json"',
    two_snapshots: () => "give snapshot or snapshotUrl, not both",
    bad_calendar: () => "calendar must be an object",
    unknown_field: ({ names }) => `unknown field${names.length > 1 ? "s" : ""}: ${names.join(", ")}`,
    app_unavailable: () => "the app could not start in this browser",
    snapshot_unreachable: ({ status, seconds }) =>
      `snapshotUrl could not be fetched: ${status !== undefined ? `HTTP ${status}` : seconds !== undefined ? `no answer in ${seconds} s` : "the network or the server did not let the browser fetch it (the browser's console says why)"}`,
  },
  ru: {
    not_an_object: () => "сообщение должно быть объектом",
    wrong_protocol: () => 'поле protocol должно быть "kezek"',
    unsupported_version: () => `поле version должно быть ${VERSION}`,
    unknown_type: () => 'поле type должно быть "configure"',
    bad_payload: () => "поле payload должно быть объектом",
    too_deep: () => `payload отклонен: вложенность глубже ${LIMITS.depth} уровней`,
    string_too_long: () => `payload отклонен: в нем строка длиннее ${LIMITS.stringChars} символов`,
    array_too_long: () => `payload отклонен: в нем массив длиннее ${LIMITS.arrayItems} элементов`,
    too_large: () => `сообщение больше ${LIMITS.messageBytes} байт`,
    cyclic: () => "payload отклонен: он ссылается сам на себя (цикл), а в JSON циклов не бывает",
    bad_type: () => "payload отклонен: в нем есть значение, которое не является JSON (например, BigInt, Date, Map или ArrayBuffer)",
    bad_lang: () => "поле lang должно быть kk, ru или en",
    bad_service: ({ value }) => `service ${value} — не код услуги Kezek (коды услуг: ${SERVICES.join(", ")})`,
    bad_iin: () => "поле applicantIin должно состоять из 12 цифр",
    bad_snapshot: () => "поле snapshot должно быть объектом",
    bad_snapshot_url: ({ why }) =>
      why === "not_a_url" ? "snapshotUrl не является адресом URL"
      : why === "other_origin" ? "snapshotUrl должен вести на тот же сайт, что и приложение"
      : 'поле snapshotUrl должно быть строкой с адресом URL, например "/data/astana.json"',
    two_snapshots: () => "передайте snapshot или snapshotUrl, но не оба сразу",
    bad_calendar: () => "поле calendar должно быть объектом",
    unknown_field: ({ names }) => `${names.length > 1 ? "неизвестные поля" : "неизвестное поле"}: ${names.join(", ")}`,
    app_unavailable: () => "приложение не удалось запустить в этом браузере",
    snapshot_unreachable: ({ status, seconds }) =>
      `не удалось загрузить snapshotUrl: ${status !== undefined ? `HTTP ${status}` : seconds !== undefined ? `нет ответа за ${seconds} с` : "сеть или сервер не дали браузеру его загрузить (причина — в консоли браузера)"}`,
  },
  kk: {
    not_an_object: () => "хабарлама нысан болуы керек",
    wrong_protocol: () => 'protocol өрісі "kezek" болуы керек',
    unsupported_version: () => `version өрісі ${VERSION} болуы керек`,
    unknown_type: () => 'type өрісі "configure" болуы керек',
    bad_payload: () => "payload өрісі нысан болуы керек",
    too_deep: () => `payload қабылданбады: ${LIMITS.depth} деңгейден терең кірістірілген`,
    string_too_long: () => `payload қабылданбады: онда ${LIMITS.stringChars} таңбадан ұзын мәтін бар`,
    array_too_long: () => `payload қабылданбады: онда ${LIMITS.arrayItems} элементтен ұзын тізім бар`,
    too_large: () => `хабарлама ${LIMITS.messageBytes} байттан үлкен`,
    cyclic: () => "payload қабылданбады: ол өзіне-өзі сілтейді (цикл), ал JSON-да цикл болмайды",
    bad_type: () => "payload қабылданбады: онда JSON емес мән бар (мысалы, BigInt, Date, Map немесе ArrayBuffer)",
    bad_lang: () => "lang өрісі kk, ru немесе en болуы керек",
    bad_service: ({ value }) => `service ${value} — Kezek қызметінің коды емес (қызмет кодтары: ${SERVICES.join(", ")})`,
    bad_iin: () => "applicantIin өрісі 12 цифрдан тұруы керек",
    bad_snapshot: () => "snapshot өрісі нысан болуы керек",
    bad_snapshot_url: ({ why }) =>
      why === "not_a_url" ? "snapshotUrl — URL мекенжайы емес"
      : why === "other_origin" ? "snapshotUrl қосымшаның өз сайтына апаруы керек"
      : 'snapshotUrl өрісі URL мекенжайы жазылған мәтін болуы керек, мысалы "/data/astana.json"',
    two_snapshots: () => "snapshot немесе snapshotUrl беріңіз, екеуін бірдей емес",
    bad_calendar: () => "calendar өрісі нысан болуы керек",
    unknown_field: ({ names }) => `${names.length > 1 ? "белгісіз өрістер" : "белгісіз өріс"}: ${names.join(", ")}`,
    app_unavailable: () => "қосымша бұл браузерде іске қосылмады",
    snapshot_unreachable: ({ status, seconds }) =>
      `snapshotUrl жүктелмеді: ${status !== undefined ? `HTTP ${status}` : seconds !== undefined ? `${seconds} с ішінде жауап болмады` : "желі немесе сервер браузерге оны жүктеуге мүмкіндік бермеді (себебі браузер консолінде)"}`,
  },
};

/**
 * The text of the bridge's own error `code` (`embed.bad_lang`) in `lang`
 * (kk, ru or en; kk, the app's first language, for any other), with its
 * `details` (`{value}` of `embed.bad_service`, `{why}` of
 * `embed.bad_snapshot_url`, `{names}` of `embed.unknown_field`, `{status}`,
 * `{seconds}` or `{error}` of `embed.snapshot_unreachable`: the browser's
 * own words of a failed fetch, English whatever the language, are not put in
 * the text, which says it in words; the console has them).
 */
export function errorText(code, lang, details = {}) {
  const texts = TEXTS[LANGS.includes(lang) ? lang : "kk"];
  const text = texts[String(code).replace(/^embed\./, "")];
  return text ? text(details) : String(code);
}

/** The language the frame shows: its `<html lang>` when it is kk, ru or en; else kk. */
function shownLang(win = globalThis) {
  const lang = String(win.document?.documentElement?.lang || "").slice(0, 2);
  return LANGS.includes(lang) ? lang : "kk";
}

/**
 * Validates a host message. Returns {ok: true, payload} with only the known
 * fields copied, or {ok: false, code, field, details, message}: `field` is
 * what the error is about, as in the engine's error object — a path inside
 * the payload (`lang`, `snapshot.queues[0]`), the message's own `protocol`,
 * `version`, `type` or `payload`, or "" for a message that is no object;
 * `message` is its text in `lang` (by default the language the frame shows),
 * `errorText(code, lang, details)`.
 */
export function validateMessage(data, lang = shownLang()) {
  const fail = (code, field, details = {}) => ({ ok: false, code, field, details, message: errorText(code, lang, details) });
  if (!isPlainObject(data)) return fail("embed.not_an_object", "");
  if (data.protocol !== PROTOCOL) return fail("embed.wrong_protocol", "protocol");
  if (data.version !== VERSION) return fail("embed.unsupported_version", "version");
  if (data.type !== "configure") return fail("embed.unknown_type", "type");
  const p = data.payload;
  if (!isPlainObject(p)) return fail("embed.bad_payload", "payload");
  const at = {};
  const bound = checkBounds(p, at);
  if (bound) return fail(`embed.${bound}`, at.field);
  const out = {};
  if (p.lang !== undefined) {
    if (!LANGS.includes(p.lang)) return fail("embed.bad_lang", "lang");
    out.lang = p.lang;
  }
  if (p.service !== undefined) {
    if (!SERVICES.includes(p.service)) return fail("embed.bad_service", "service", { value: shown(p.service) });
    out.service = p.service;
  }
  if (p.applicantIin !== undefined) {
    if (typeof p.applicantIin !== "string" || !/^\d{12}$/.test(p.applicantIin)) return fail("embed.bad_iin", "applicantIin");
    out.applicantIin = p.applicantIin;
  }
  if (p.snapshot !== undefined) {
    if (!isPlainObject(p.snapshot)) return fail("embed.bad_snapshot", "snapshot");
    out.snapshot = p.snapshot;
  }
  if (p.snapshotUrl !== undefined) {
    // A URL is a string: `new URL(5, base)` would read 5 as the relative URL
    // "5" (and null, {} as "null", "[object Object]"), and "" as the app's own
    // page, each then fetched as if it were a snapshot.
    if (typeof p.snapshotUrl !== "string" || !p.snapshotUrl.trim()) {
      return fail("embed.bad_snapshot_url", "snapshotUrl", { why: "not_a_string" });
    }
    let u;
    try {
      u = new URL(p.snapshotUrl, location.href);
    } catch {
      return fail("embed.bad_snapshot_url", "snapshotUrl", { why: "not_a_url" });
    }
    if (u.origin !== location.origin) return fail("embed.bad_snapshot_url", "snapshotUrl", { why: "other_origin" });
    out.snapshotUrl = u.href;
  }
  if (out.snapshot && out.snapshotUrl) return fail("embed.two_snapshots", "snapshotUrl");
  if (p.calendar !== undefined) {
    if (!isPlainObject(p.calendar)) return fail("embed.bad_calendar", "calendar");
    out.calendar = p.calendar;
  }
  const unknown = Object.keys(p).filter((k) => !CONFIGURE_FIELDS.includes(k));
  if (unknown.length) return fail("embed.unknown_field", cut(unknown[0], 64), { names: unknown.slice(0, 5).map((k) => cut(k, 64)) });
  return { ok: true, payload: out };
}

/** How long a `snapshotUrl` is waited for: its answer (then it is unreachable), then its body (then it is taken unchecked). */
const FETCH_WAIT_MS = 20000;

/** How long `configured` for a `lang` waits for the frame to show it (its messages fetched on first use). */
const LANG_WAIT_MS = 20000;

/**
 * Resolves once the frame shows `lang` (its `<html lang>`, which the app
 * sets once it has rendered in it), or after LANG_WAIT_MS (its messages
 * could not be fetched: the frame stays in its language and says so). So
 * `configured` for a `lang` means the frame shows it, and every answer after
 * it is in that language — the app's refusals, said in the language it
 * renders in, too.
 */
function showing(win, lang) {
  const root = win.document?.documentElement;
  if (!root || shownLang(win) === lang || typeof win.MutationObserver !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    let timer;
    const observer = new win.MutationObserver(() => {
      if (shownLang(win) === lang) done();
    });
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    observer.observe(root, { attributes: true, attributeFilter: ["lang"] });
    timer = setTimeout(done, LANG_WAIT_MS);
  });
}

/**
 * Fetches a configured `snapshotUrl` (same origin: validateMessage checked):
 * {text}, {unreachable: details} when it cannot be fetched (`{error}` of the
 * fetch, `{seconds}` with no answer, `{status}` not 2xx: errorText's details),
 * or {} when its body did not come in time (the snapshot is then taken
 * unchecked, as one the queue's worker cannot check in time).
 */
async function fetchSnapshot(url) {
  const stop = new AbortController();
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, FETCH_WAIT_MS)));
  try {
    let r;
    try {
      r = await Promise.race([fetch(url, { credentials: "same-origin", signal: stop.signal }), late]);
    } catch (e) {
      // The browser's words (English, whatever the frame shows) for the integrator's console; the
      // host's `error` says it in the frame's language.
      const error = String(e?.message || e);
      console.warn(`Kezek: snapshotUrl ${String(url).slice(0, 200)} could not be fetched: ${error}`);
      return { unreachable: { error } };
    }
    if (!r) return { unreachable: { seconds: FETCH_WAIT_MS / 1000 } };
    if (!r.ok) return { unreachable: { status: r.status } };
    const text = await Promise.race([r.text().catch(() => null), late]);
    return typeof text === "string" ? { text } : {};
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
}

/**
 * The height of the app's content in CSS px, rounded up: the root element's
 * box, which the frame's own height does not stretch (nothing in the app is
 * sized to the viewport, so a frame made as tall as this stays so), plus the
 * frame's horizontal scrollbar when it shows one.
 */
export function contentHeight(win = window) {
  const root = win.document.documentElement;
  const bar = Math.max(0, win.innerHeight - root.clientHeight);
  return Math.ceil(root.getBoundingClientRect().height + bar);
}

/**
 * Calls `send(height)` with the content's height now and whenever it changes
 * (a step shown, a notice, an answer that opens a question, the frame made
 * narrower): a ResizeObserver on the root element, and the frame's own
 * resizing. Nothing when the browser has no ResizeObserver (the host keeps
 * the frame's height it set).
 */
function watchHeight(win, send) {
  if (typeof win.ResizeObserver !== "function" || !win.document?.documentElement) return;
  let last = -1;
  const report = () => {
    const height = contentHeight(win);
    if (height === last) return;
    last = height;
    send(height);
  };
  new win.ResizeObserver(report).observe(win.document.documentElement);
  win.addEventListener("resize", report);
}

/** Starts the bridge when the app is framed with an allowlist. Returns the allowlist. */
export function startBridge(win = window) {
  if (win.parent === win) return [];
  const allowed = allowedOrigins(win.location.search);
  if (!allowed.length) return [];
  // The origin we post to: the embedding page's, once it has written to us or
  // when the browser tells us (location.ancestorOrigins, which Firefox does
  // not have) and it is allowed. Until then, to each allowed origin:
  // postMessage delivers a message only when its target origin is the
  // receiving window's, so the parent alone gets it, and only if it is allowed.
  const ancestor = win.location.ancestorOrigins && win.location.ancestorOrigins[0];
  let hostOrigin = allowed.includes(ancestor) ? ancestor : null;
  const post = (type, payload = {}) => {
    for (const origin of hostOrigin ? [hostOrigin] : allowed) {
      win.parent.postMessage({ protocol: PROTOCOL, version: VERSION, type, payload }, origin);
    }
  };
  win.addEventListener("message", (event) => {
    if (event.source !== win.parent) return;
    if (!allowed.includes(event.origin)) {
      console.warn(`Kezek: ignored a message from ${event.origin}, which is not an allowed host origin`);
      return;
    }
    hostOrigin = event.origin;
    const checked = validateMessage(event.data, "en");
    if (!checked.ok) {
      // Answered in its turn, after the messages still being checked, in the
      // language the frame shows then.
      console.warn(`Kezek: rejected a message (${checked.code}${checked.field ? ` at ${checked.field}` : ""}): ${checked.message}`);
      const { code, field, details } = checked;
      answered = answered.then(() => post("error", { code, field, message: errorText(code, shownLang(win), details) }));
      return;
    }
    if (failed) unavailable();
    else if (mounted) apply(checked.payload);
    else pending.push(checked.payload);
  });
  // The app checks the calendar while handling the event, and a snapshot in
  // the queue's worker; so every configuration is answered once, when it is
  // applied or refused, and the next waits for that answer.
  let mounted = false;
  // The app could not start (boot.js's `kezek:app-failed`): every message
  // held for it, and every one that comes after, is answered with an error,
  // so a host that sends `configure` until an answer comes is not left
  // waiting for an app that will never mount.
  let failed = false;
  const pending = [];
  let answered = Promise.resolve();
  const unavailable = () => {
    answered = answered.then(() => post("error", { code: "embed.app_unavailable", field: "", message: errorText("embed.app_unavailable", shownLang(win)) }));
  };
  const apply = (payload) => {
    answered = answered.then(() => answer(payload)).catch((e) => console.error("Kezek: a configuration was not answered", e));
  };
  const refuse = ({ code, field, line, message }) => {
    console.warn(`Kezek: rejected a message (${code}${field ? ` at ${field}` : ""}): ${message}`);
    post("error", { code: String(code), field: String(field ?? ""), ...(line == null ? {} : { line: Number(line) }), message: String(message) });
  };
  const answer = async (payload) => {
    const detail = { ...payload };
    if (payload.snapshotUrl) {
      // Fetched now, so a URL that cannot be is answered now, not at step 7.
      const got = await fetchSnapshot(payload.snapshotUrl);
      if (got.unreachable !== undefined) {
        const message = errorText("embed.snapshot_unreachable", shownLang(win), got.unreachable);
        return refuse({ code: "embed.snapshot_unreachable", field: "snapshotUrl", message });
      }
      if (got.text !== undefined) detail.kezekSnapshotText = got.text;
    }
    win.dispatchEvent(new CustomEvent("kezek:configure", { detail }));
    const refused = detail.kezekChecked ? await detail.kezekChecked : detail.kezekRejected;
    if (refused) return refuse(refused);
    // The last snapshot configured wins, whichever way it came.
    const kept = { ...(win.kezekEmbedConfig || {}) };
    if (payload.snapshot || payload.snapshotUrl) {
      delete kept.snapshot;
      delete kept.snapshotUrl;
    }
    win.kezekEmbedConfig = { ...kept, ...payload };
    // Answered once the frame shows the language configured: a refusal
    // right after it is said in it, not in the language shown before.
    if (payload.lang) await showing(win, payload.lang);
    post("configured", { fields: Object.keys(payload) });
    // The queue step, if shown, reads the new snapshot at once.
    if (payload.snapshot || payload.snapshotUrl) win.dispatchEvent(new CustomEvent("kezek:embed-snapshot"));
  };
  win.addEventListener("kezek:app-mounted", () => {
    mounted = true;
    for (const payload of pending.splice(0)) apply(payload);
  });
  win.addEventListener("kezek:app-failed", () => {
    if (mounted) return;
    failed = true;
    for (const _ of pending.splice(0)) unavailable();
  });
  for (const type of FORWARDED) {
    win.addEventListener(`kezek:${type}`, (event) => post(type, event.detail ?? {}));
  }
  win.kezekEmbedded = { origins: allowed };
  post("ready", { protocol: PROTOCOL, version: VERSION });
  // After `ready`, so that a host listening for it sizes the frame from the first height on.
  watchHeight(win, (height) => post("resize", { height }));
  return allowed;
}
