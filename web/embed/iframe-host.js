// Host side of the iframe example (web/embed/iframe.html). The app's origin is
// taken from `?app=` (default: this page's own origin, where the app is served),
// and so is the service it opens (`?service=`, default 00403001). The frame
// takes the height the app says its content has (`resize`).
import { PROTOCOL, VERSION, frameHeight } from "./protocol.js";

const params = new URLSearchParams(location.search);
const appOrigin = new URL(params.get("app") || location.origin).origin;
const frame = document.getElementById("kezek");
const events = document.getElementById("events");
window.kezekEvents = [];

const src = new URL("/index.html", appOrigin);
src.searchParams.set("embed", "1");
src.searchParams.set("origins", location.origin);
frame.src = src.href;

function send(payload) {
  frame.contentWindow.postMessage({ protocol: PROTOCOL, version: VERSION, type: "configure", payload }, appOrigin);
}
window.kezekSend = send;
window.kezekSendRaw = (data) => frame.contentWindow.postMessage(data, appOrigin);

window.addEventListener("message", (event) => {
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (!data || data.protocol !== PROTOCOL) return;
  window.kezekEvents.push(data);
  const li = document.createElement("li");
  li.textContent = `${data.type}: ${JSON.stringify(data.payload).slice(0, 200)}`;
  events.append(li);
  // As tall as the app's content: the page scrolls, never the frame. The height is checked even
  // from the app's origin: a number of px, bounded (frameHeight); anything else changes nothing.
  if (data.type === "resize") {
    const height = frameHeight(data.payload?.height);
    if (height !== null) frame.style.height = `${height}px`;
  }
  if (data.type === "ready") send({ lang: document.getElementById("lang").value, service: params.get("service") || "00403001" });
});

document.getElementById("configure").addEventListener("click", () => send({ lang: document.getElementById("lang").value }));
