// Kezek's service worker: makes the installed app work offline.
//
// - Precaches the app shell (the list and the version are written in by
//   scripts/build.sh: every file of dist/, and a hash of their contents).
// - Serves same-origin GETs from the cache first, the network second;
//   navigations fall back to the cached index.html when offline.
// - A new version installs in the background and WAITS: the page is told
//   ("kezek:update-ready") and the parent chooses to reload, so code is never
//   swapped under a half-filled form. The page sends {type: "skip-waiting"}.
// - On activate, caches of older versions are deleted.
// Nothing here talks to any other origin.
const VERSION = "__KEZEK_VERSION__";
const PRECACHE = __KEZEK_PRECACHE__;
const CACHE = `kezek-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((p) => new Request(p, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("kezek-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
  if (event.data && event.data.type === "version" && event.ports[0]) event.ports[0].postMessage(VERSION);
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const cached = (await cache.match(req, { ignoreSearch: true })) || (await cache.match("index.html"));
        if (cached) return cached;
        return fetch(req);
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(req, { ignoreSearch: true });
      return cached || fetch(req);
    }),
  );
});
