// The embedding protocol's constants, in one place: the bridge inside the app
// (../bridge.js), the custom element (kezek-checker.js) and the example host
// pages import them from here. Served with the other embedding files under
// /embed/ (readable from any origin) and precached with the app shell.
//
// SERVICES — every service code an embedding page may configure — is not kept
// by hand: the build writes services.js from the rules engine
// (`kezek services --codes`: the preschool services of order No. 254, then
// every service of the order-414 catalogue), so a new catalogue service is
// accepted by the bridge without editing this file.
export { SERVICES } from "./services.js";

export const PROTOCOL = "kezek";
export const VERSION = 1;
export const LANGS = ["kk", "ru", "en"];
/** Bounds on a host's message (bytes, characters, items, nesting). */
export const LIMITS = {
  messageBytes: 8 * 1024 * 1024, // a whole city snapshot fits; 50 MB strings do not
  stringChars: 2 * 1024 * 1024,
  arrayItems: 250000,
  depth: 16,
};
/** The fields a `configure` payload may carry. */
export const CONFIGURE_FIELDS = ["lang", "service", "applicantIin", "snapshot", "snapshotUrl", "calendar"];
/**
 * App -> host event types besides ready/configured/error, forwarded from the
 * app's DOM events: only the hand-off. The step the parent is on and the
 * category their answers give never leave the frame before it. (The bridge
 * also says the content's height itself, `resize` {height}: a number of CSS
 * px, so the host can size the frame.)
 */
export const FORWARDED = ["application-prepared"];
/**
 * The tallest frame a host gives the app, in CSS px: far more than any of the
 * app's steps is tall (a few thousand px on a narrow phone), so a `resize`
 * that says more (a bug, or a page posing as the app's) cannot make the host
 * page millions of px tall.
 */
export const MAX_FRAME_HEIGHT = 50000;

/**
 * The frame's height to apply for a `resize` message's `height`: a finite,
 * non-negative number of CSS px, rounded up and at most `MAX_FRAME_HEIGHT`;
 * `null` (apply nothing) for anything else (a string, NaN, a negative number).
 */
export function frameHeight(height) {
  if (typeof height !== "number" || !Number.isFinite(height) || height < 0) return null;
  return Math.min(Math.ceil(height), MAX_FRAME_HEIGHT);
}

/**
 * The first `n` characters of `s` counted by code points, so never half a
 * surrogate pair (an emoji), and "…" when `s` is longer: as the engine cuts
 * a value it echoes (kezek_rules::wire::shown_key). The one definition of
 * the bridge's errors and the custom element's console warnings.
 */
export function cut(s, n) {
  let end = 0;
  for (let k = 0; k < n && end < s.length; k++) {
    const pair = (s.charCodeAt(end) & 0xfc00) === 0xd800 && (s.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
    end += pair ? 2 : 1;
  }
  return end < s.length ? `${s.slice(0, end)}…` : s;
}
