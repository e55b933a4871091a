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
