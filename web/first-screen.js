// The first screen in plain HTML, before the app runs.
//
// scripts/prerender.mjs writes the app's own "what do you need?" screen into
// index.html at build time: in Kazakh in the page (#kz-static), in Russian in a
// <template> of the page, and in English beside it (first-screen.en.html,
// fetched only for a parent who reads it), each with the translated boot texts
// (from the app's Fluent files) as data-boot-* attributes. Its links are plain hash
// links, so a tap before the app starts changes the location hash, and the app
// (crates/kezek-app/src/main.rs) starts on that screen and removes this one.
//
// This script, loaded on its own (and imported by boot.js), starts once the page is parsed:
//   - shows the parent's language (remembered, else the browser's) as soon as
//     its screen is here (asked for when this module runs);
//   - makes the static language buttons work (they remember the choice, as
//     the app's buttons do, and the app starts in it);
//   - starts fetching that language's messages, in parallel with the wasm;
//   - when the location names another screen (a wizard step, a service, an
//     embedded page, or after a tap on a static link), hides the static
//     screen's body rather than show the wrong screen until the app starts;
//   - shows "loading the checker…", and later either nothing (the app took
//     over), "could not load" or "this browser cannot run WebAssembly".
const LANGS = ["kk", "ru", "en"];
const LANG_KEY = "kezek.lang"; // crates/kezek-app/src/storage.rs LANG_KEY

const fromCode = (code) => {
  const c = String(code || "").trim().toLowerCase();
  return LANGS.find((l) => c === l || c.startsWith(`${l}-`));
};

/** The app's initial_lang() (crates/kezek-app/src/platform.rs): remembered, else the browser's first one Kezek speaks, else Kazakh. */
export function pickLang() {
  let stored = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage blocked: the browser's languages decide.
  }
  return fromCode(stored) || [...(navigator.languages || []), navigator.language].map(fromCode).find(Boolean) || "kk";
}

const staticScreen = () => document.getElementById("kz-static");
const status = () => document.getElementById("kz-boot");
// The languages whose static screen is fetched, not in the page (scripts/prerender.mjs).
const FETCHED = (document.querySelector('meta[name="kezek-first-screen-fetched"]')?.content || "").split(" ").filter(Boolean);

// The static screen of each language once asked for: a promise of its <main>.
const screens = {};

/**
 * The static first screen in `lang`: the page's own, else its <template>
 * (Russian), else fetched from first-screen.<lang>.html (scripts/prerender.mjs)
 * once. Resolves to null when it cannot be had (offline before the service
 * worker kept it): the screen then stays in the language it shows.
 */
export function staticScreenIn(lang) {
  const template = document.getElementById(`kz-static-${lang}`);
  if (!screens[lang] && template) screens[lang] = Promise.resolve(template.content.firstElementChild.cloneNode(true));
  if (!screens[lang] && FETCHED.includes(lang)) {
    screens[lang] = fetch(`first-screen.${lang}.html`)
      .then((r) => (r.ok ? r.text() : null))
      .then((html) => {
        if (html === null) return null;
        const template = document.createElement("template");
        template.innerHTML = html;
        const main = template.content.firstElementChild;
        return main?.id === "kz-static" && main.lang === lang ? main : null;
      })
      .catch(() => null);
    // A failed fetch may be tried again on the next tap.
    screens[lang].then((main) => main || delete screens[lang]);
  }
  return screens[lang] || Promise.resolve(null);
}

// The language the parent asked for last (a slower fetch of an earlier choice does not win).
let wanted = null;

/** Shows the static screen in `lang`, with the boot status in the same language. */
async function showStatic(lang) {
  wanted = lang;
  const current = staticScreen();
  if (!current) return;
  followHash();
  if (current.lang !== lang) {
    // Kept for a switch back (the page's own screen has no template or file).
    screens[current.lang] ||= Promise.resolve(current);
    const next = await staticScreenIn(lang);
    // Meanwhile the app may have taken over, or the parent chosen again.
    const now = staticScreen();
    if (!next || !now || wanted !== lang) return;
    if (now !== next) now.replaceWith(next);
  }
  document.documentElement.lang = lang;
  setStatus(status()?.dataset.state || "loading");
  followHash();
}

/** Whether the location names the first screen (the app's Screen::from_hash, crates/kezek-app/src/route.rs). */
export function onFirstScreen() {
  const slug = location.hash.replace(/^#\/?/, "");
  const embedded = new URLSearchParams(location.search).get("embed") === "1";
  return slug === "start" || (slug === "" && !embedded);
}

function followHash() {
  const body = staticScreen()?.querySelector(".kz-step");
  if (body) body.hidden = !onFirstScreen();
}

/** "loading" | "failed" | "nowasm", in the language of the static screen. */
function setStatus(state) {
  const el = status();
  const screen = staticScreen();
  if (!el || !screen) return;
  el.dataset.state = state;
  el.classList.toggle("kz-error", state !== "loading");
  const text = document.createElement("span");
  text.textContent = screen.dataset[`boot${state[0].toUpperCase()}${state.slice(1)}`] || "";
  el.replaceChildren(text);
  if (state === "failed") {
    const again = document.createElement("button");
    again.type = "button";
    again.className = "kz-button";
    again.textContent = screen.dataset.bootReload || "";
    again.addEventListener("click", () => location.reload());
    el.append(" ", again);
  }
}

/** Shows why the app cannot start ("failed": a download failed; "nowasm": no WebAssembly). */
export function showBootProblem(kind) {
  setStatus(kind === "nowasm" ? "nowasm" : "failed");
}

function preload(href) {
  if ([...document.querySelectorAll('link[rel="preload"]')].some((l) => l.getAttribute("href") === href)) return;
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = href;
  document.head.append(link);
}

/**
 * Whether the first screen's own small module starts first (web/boot.js):
 * the page opens on the first screen and nothing else needs the whole app
 * (scripts/prerender.mjs records the whole app's messages: `record-messages`).
 */
export function firstScreenOnly() {
  const params = new URLSearchParams(location.search);
  const whole = params.has("as_of") || params.has("record-messages") || params.get("embed") === "1";
  return onFirstScreen() && !whole && window.parent === window;
}

/**
 * Fetch early what the module that starts will ask for (crates/kezek-app/src/boot.rs):
 * the first screen's module reads only the first screen's messages; the whole
 * app (`whole`: also when it follows the first screen's module) all of them.
 */
export function preloadMessages(lang, whole = !firstScreenOnly()) {
  if (!whole) return preload(`messages/first.${lang}.ftl`);
  preload(`messages/ui.${lang}.ftl`);
  if (onFirstScreen() || location.hash.replace(/^#\/?/, "").startsWith("svc/")) preload(`messages/catalogue.${lang}.ftl`);
}

/** Takes over the static screen: its language, its buttons, the hash. */
function start() {
  if (staticScreen()) {
    const lang = pickLang();
    showStatic(lang);
    preloadMessages(lang);
    // The static language buttons: remember the choice (the app reads it when it starts).
    document.addEventListener("click", (e) => {
      const button = e.target.closest?.("#kz-static .kz-lang button[lang]");
      if (!button) return;
      const chosen = fromCode(button.getAttribute("lang"));
      if (!chosen) return;
      try {
        localStorage.setItem(LANG_KEY, chosen);
      } catch {
        // Not remembered; the app starts in the browser's language.
      }
      showStatic(chosen);
      preloadMessages(chosen);
    });
    addEventListener("hashchange", followHash);
    addEventListener("kezek:boot-failed", () => setStatus("failed"));
    if (typeof WebAssembly !== "object") setStatus("nowasm");
  }
}

// The static screen in the parent's language, when it is fetched (not in the
// page: scripts/prerender.mjs names those languages in the head), is asked for
// as soon as this small module runs: it arrives before boot.js and the first
// screen's module, which share the network with the wasm.
if (FETCHED.includes(pickLang())) staticScreenIn(pickLang());

// Imported by boot.js, an async module that may run before the page is parsed.
if (document.readyState === "loading") addEventListener("DOMContentLoaded", start, { once: true });
else start();
