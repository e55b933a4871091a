// Kezek's service worker: makes the installed app work offline.
//
// - Precaches the app shell (the list and the version are written in by
//   scripts/build.sh: every file of dist/, and a hash of their contents).
// - Serves same-origin GETs from the cache first, the network second;
//   a navigation to the app shell (the root, index.html) gets the cached
//   index.html; any other navigation goes to the network (the cache answers
//   it only offline, and only with that very file).
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
    // Only the app shell (the scope's root and index.html) is answered with the
    // cached index.html. Every other page (embed/, bench/, pkg/, unknown
    // paths) goes to the network, so the server's page or 404 comes back; the
    // cache answers it only offline, and only with that very file.
    const scope = new URL(self.registration.scope);
    const shell = url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`;
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        if (shell) return (await cache.match("index.html")) || fetch(req);
        try {
          return await fetch(req);
        } catch (err) {
          const cached = await cache.match(req, { ignoreSearch: true });
          if (cached) return cached;
          throw err;
        }
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
