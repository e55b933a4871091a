// The parent's language and the messages the app will ask for first, shared
// by web/preload.js (which starts fetching them as soon as it arrives, before
// the page is parsed), web/first-screen.js and web/boot.js.
export const LANGS = ["kk", "ru", "en"];
export const LANG_KEY = "kezek.lang"; // crates/kezek-app/src/storage.rs LANG_KEY

export const fromCode = (code) => {
  const c = String(code || "").trim().toLowerCase();
  return LANGS.find((l) => c === l || c.startsWith(`${l}-`));
};

/** The app's initial_lang() (crates/kezek-app/src/app.rs): remembered, else the browser's first one Kezek speaks, else Kazakh. */
export function pickLang() {
  let stored = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage blocked: the browser's languages decide.
  }
  return fromCode(stored) || [...(navigator.languages || []), navigator.language].map(fromCode).find(Boolean) || "kk";
}

/** Whether the location names the first screen (the app's Screen::from_hash, crates/kezek-app/src/route.rs). */
export function onFirstScreen() {
  const slug = location.hash.replace(/^#\/?/, "");
  const embedded = new URLSearchParams(location.search).get("embed") === "1";
  return slug === "start" || (slug === "" && !embedded);
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

/** Fetch early what the app's main() will ask for (crates/kezek-app/src/boot.rs). */
export function preloadMessages(lang) {
  preload(`messages/ui.${lang}.ftl`);
  if (onFirstScreen() || location.hash.replace(/^#\/?/, "").startsWith("svc/")) preload(`messages/catalogue.${lang}.ftl`);
}

