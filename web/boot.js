// Starts the app and the offline service worker. An async module: it runs as
// soon as it and its imports are here, while the page is still being parsed,
// so the wasm compiles and the messages arrive meanwhile; each module renders
// only once the page is parsed (crates/kezek-app/src/boot.rs). Kept in its own file so
// the Content-Security-Policy needs no 'unsafe-inline'; the wasm is compiled
// under 'wasm-unsafe-eval'.
//
// Two modules (scripts/build.sh): on the first screen, its own small module
// (kezek_first, crates/kezek-app/src/first.rs) starts first and replaces the
// static screen; the whole app (kezek_app) is fetched as soon as it runs, and
// takes over from it (the event `kezek:app-mounting`). Anywhere else — a
// wizard step, a family service, an embedded page, a demo date (`as_of`) —
// the whole app starts at once.
import initFirst from "./kezek_first.js";
import { showBootProblem, firstScreenOnly, pickLang, preloadMessages } from "./first-screen.js";

// The parent's messages, fetched alongside the wasm (the page may still be parsing).
preloadMessages(pickLang());

// When framed, speak the embedding protocol with an allowed host page
// (bridge.js). Imported only then: a parent opening Kezek itself does not
// download it. The app starts once the bridge listens, so that no event of
// the app's (mounted, failed) passes before it.
const bridgeListening =
  window.parent === window
    ? Promise.resolve()
    : import("./bridge.js").then(
        ({ startBridge }) => startBridge(),
        (err) => console.warn("Kezek: the embedding bridge did not load", err),
      );

function appFailed(err) {
  console.error("Kezek failed to start", err);
  window.dispatchEvent(new CustomEvent("kezek:app-failed"));
  const noWasm = err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError;
  showBootProblem(noWasm ? "nowasm" : "failed");
}

// Imported when needed: on the first screen, its glue is not on the first load either.
const wholeApp = () => ({ glue: import("./kezek_app.js"), wasm: new URL("kezek_app_bg.wasm", import.meta.url) });
const startApp = ({ glue, wasm } = wholeApp()) => glue.then(({ default: init }) => init({ module_or_path: wasm })).catch(appFailed);

// Anywhere but the first screen alone the whole app starts at once: its glue
// and wasm are asked for now, while the bridge (when framed) loads.
const early = typeof WebAssembly === "object" && !firstScreenOnly() ? wholeApp() : null;
if (early) {
  early.wasm = fetch(early.wasm);
  // Handled when the app starts (startApp); not reported as unhandled meanwhile.
  early.glue.catch(() => {});
  early.wasm.catch(() => {});
}

// The static first screen (index.html) stays readable either way; its status
// line says why the app did not start, in the parent's language. The bridge
// answers configurations it was holding for the app with an error.
function start() {
  if (typeof WebAssembly !== "object") {
    window.dispatchEvent(new CustomEvent("kezek:app-failed"));
    showBootProblem("nowasm");
  } else if (firstScreenOnly()) {
    // The whole app follows once the first screen works (it then has the
    // network to itself), or at once if the small module cannot start.
    let started = false;
    const whole = () => {
      if (started) return;
      started = true;
      startApp();
      // Its messages alongside its wasm, not after it.
      preloadMessages(pickLang(), true);
    };
    addEventListener("kezek:first-screen-done", whole, { once: true });
    addEventListener("kezek:boot-failed", whole, { once: true });
    initFirst({ module_or_path: new URL("kezek_first_bg.wasm", import.meta.url) }).catch((err) => {
      console.warn("Kezek: the first screen's module did not start", err);
      whole();
    });
  } else {
    startApp(early);
  }
}
bridgeListening.then(start);

// "A new version is ready" — in the language the app is showing (<html lang>):
// { lang: [ui-update-ready, ui-update-reload] }, written here from the app's
// Fluent files by scripts/prerender.mjs.
const UPDATE_TEXT = /* kezek:update-text */ {};

// Set when the parent in THIS tab clicks "Reload to update".
let updateAsked = false;

function showUpdateBanner(worker) {
  if (document.getElementById("kz-update")) return;
  const lang = (document.documentElement.lang || "kk").slice(0, 2);
  // Only a build without its texts (prerender.mjs not run) has none: no banner then.
  const texts = UPDATE_TEXT[lang] || UPDATE_TEXT.kk;
  if (!texts) return;
  const [message, action] = texts;
  const bar = document.createElement("div");
  bar.id = "kz-update";
  bar.className = "kz-update";
  bar.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = message;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "kz-button";
  button.textContent = action;
  button.addEventListener("click", () => {
    // Only this tab reloads: it asked. Other open tabs keep their page and
    // their banner until their parent clicks too.
    updateAsked = true;
    if (worker.state === "activated" || worker.state === "redundant") location.reload();
    else worker.postMessage({ type: "skip-waiting" });
  });
  bar.append(text, button);
  if (document.body) document.body.prepend(bar);
  else addEventListener("DOMContentLoaded", () => document.body.prepend(bar), { once: true });
  window.dispatchEvent(new CustomEvent("kezek:update-ready"));
}

async function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || new URLSearchParams(location.search).has("nosw")) return;
  try {
    const reg = await navigator.serviceWorker.register("sw.js", { scope: "./" });
    const hadController = !!navigator.serviceWorker.controller;
    const watch = (worker) => {
      if (!worker) return;
      const check = () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) showUpdateBanner(worker);
      };
      check();
      worker.addEventListener("statechange", check);
    };
    if (reg.waiting && hadController) showUpdateBanner(reg.waiting);
    watch(reg.installing);
    reg.addEventListener("updatefound", () => watch(reg.installing));
    let reloading = false;
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      // Only reload the tab whose parent asked for the update: a first install
      // also takes control, and another tab's click must not reload this page
      // under its parent (the banner stays; its button reloads this tab).
      if (!hadController || reloading || !updateAsked) return;
      reloading = true;
      location.reload();
    });
  } catch (err) {
    console.warn("Kezek: offline mode is not available", err);
  }
}

registerServiceWorker();
