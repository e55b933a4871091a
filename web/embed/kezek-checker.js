// <kezek-checker>: Kezek as a custom element. One script, no framework:
//
//   <script type="module" src="https://APP-ORIGIN/embed/kezek-checker.js"></script>
//   <kezek-checker lang="kk" service="00403001"></kezek-checker>
//
// The element puts the app in an iframe inside its shadow root (styles and
// scripts of the host page and of the app cannot touch each other), speaks the
// postMessage protocol of bridge.js with it, and re-dispatches the app's events
// on the element as DOM events: `kezek-ready`, `kezek-configured`,
// `kezek-application-prepared` (detail = {payload, sha256}), `kezek-error` and
// `kezek-resize` (detail = {height}).
// Attributes: lang (kk|ru|en; as HTML's lang attribute, a BCP 47 tag read by
// its language: "ru-RU" is ru; without it, the host page's <html lang> when
// that is kk, ru or en, followed when it changes), service (any code of SERVICES in
// ./protocol.js: 00403001, 00403002 or a catalogue service such as 00403008),
// applicant-iin (12 digits, prefilled). Each attribute configures the app in
// its own message — all of them when the app is ready, one when it changes —
// so one bad value is answered with its own `kezek-error` and blocks neither
// the others nor later changes (a refused message applies nothing). The app
// sends nothing else before the hand-off (no step, no category), but its
// content's height.
//
// An attribute the element does not have (a misspelt "servce") is warned
// about in the console, with the one it may mean; HTML's global attributes
// (id, class, data-*, aria-*, …) and frameworks' own (_ngcontent-*, v-*) are
// not.
//
// The element is as tall as the app's content (the app's `resize` {height}),
// so the page scrolls, not the frame; `max-height` (a CSS length: "80vh",
// "40rem", or a number of px) caps it, and past it the app scrolls inside.
import { PROTOCOL, VERSION, LANGS, frameHeight, cut } from "./protocol.js";

const APP_BASE = new URL("../", import.meta.url);
const ATTRIBUTE_FIELDS = { lang: "lang", service: "service", "applicant-iin": "applicantIin" };
/** The element's own attributes: those it sends to the app, and its height's cap. */
const ATTRIBUTES = [...Object.keys(ATTRIBUTE_FIELDS), "max-height"];
/** HTML's global attributes, which any element may carry (the `data-`, `aria-` and `on` ones by their prefix). */
const GLOBAL = new Set(["accesskey", "autocapitalize", "autofocus", "class", "contenteditable", "dir", "draggable", "enterkeyhint", "exportparts", "hidden", "id", "inert", "inputmode", "is", "itemid", "itemprop", "itemref", "itemscope", "itemtype", "nonce", "part", "popover", "role", "slot", "spellcheck", "style", "tabindex", "title", "translate", "writingsuggestions", "xml:lang", "xmlns"]);
/** Names a page or its framework adds to any element: data-*, aria-*, event handlers, Angular's _ngcontent-*, Vue's v-* and :bindings. */
const FOREIGN = /^(data-|aria-|on|_|ng-|v-|x-|:|@)/;

/** Levenshtein distance of two short names. */
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The language of the host page (its `<html lang>`, read by its primary subtag) when it is one of the app's; else null. */
function hostLang() {
  const primary = (document.documentElement.lang || "").trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.includes(primary) ? primary : null;
}

// 32rem until the app says how tall it is. A height the host page gives the
// element itself is kept: then the element scrolls, and nothing is cut off.
const SHEET = `
:host { display: block; border: 1px solid #c9d3df; border-radius: 0.5rem; overflow: auto; }
iframe { display: block; width: 100%; height: 32rem; border: 0; }
`;

export class KezekChecker extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  connectedCallback() {
    // Connected again after being taken out of the page (moved, re-rendered):
    // the frame has reloaded and says `ready` again; listen again.
    if (this.shadowRoot) {
      this.watch();
      return;
    }
    this.warned = new Set();
    for (const name of this.getAttributeNames()) this.warnUnknown(name);
    // An attribute added later is looked at too; the host page's language,
    // the app's when the element has no `lang`, is followed.
    this.attributesSeen = new MutationObserver((records) => {
      for (const r of records) if (r.target === this && r.oldValue === null) this.warnUnknown(r.attributeName);
    });
    this.hostLangSeen = new MutationObserver(() => {
      if (!this.hasAttribute("lang") && hostLang() && hostLang() !== this.sentHostLang) this.configure(["lang"]);
    });
    const root = this.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHEET);
    root.adoptedStyleSheets = [sheet];
    const src = new URL("index.html", APP_BASE);
    src.searchParams.set("embed", "1");
    src.searchParams.set("origins", window.location.origin);
    this.frame = document.createElement("iframe");
    this.frame.src = src.href;
    this.frame.title = "Kezek";
    this.frame.setAttribute("allow", "clipboard-write");
    this.capHeight();
    root.append(this.frame);
    this.onMessage = (event) => {
      if (event.source !== this.frame.contentWindow || event.origin !== APP_BASE.origin) return;
      const data = event.data;
      if (!data || data.protocol !== PROTOCOL || data.version !== VERSION || typeof data.type !== "string") return;
      if (data.type === "ready") this.configure();
      if (data.type === "resize") {
        const height = frameHeight(data.payload?.height);
        if (height === null) return;
        // Set through the CSSOM, which a host page's style-src does not forbid.
        this.frame.style.height = `${height}px`;
      }
      this.dispatchEvent(new CustomEvent(`kezek-${data.type}`, { detail: data.payload, bubbles: true, composed: true }));
    };
    this.watch();
  }

  /** Listens to the app, to the element's attributes and to the host page's language. */
  watch() {
    window.addEventListener("message", this.onMessage);
    this.attributesSeen.observe(this, { attributes: true, attributeOldValue: true });
    this.hostLangSeen.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
  }

  disconnectedCallback() {
    window.removeEventListener("message", this.onMessage);
    this.attributesSeen?.disconnect();
    this.hostLangSeen?.disconnect();
  }

  /** Warns, once per name, of an attribute the element does not have: it is ignored. */
  warnUnknown(name) {
    if (ATTRIBUTES.includes(name) || GLOBAL.has(name) || FOREIGN.test(name) || this.warned.has(name)) return;
    this.warned.add(name);
    const near = ATTRIBUTES.map((a) => [distance(name.replace(/_/g, "-"), a), a]).sort((x, y) => x[0] - y[0])[0];
    const meant = near[0] <= Math.max(2, Math.floor(near[1].length / 3)) ? ` (did you mean "${near[1]}"?)` : "";
    console.warn(`Kezek: <kezek-checker> has no attribute "${cut(name, 40)}"${meant}: it is ignored. Its attributes: ${ATTRIBUTES.join(", ")}`);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.frame || oldValue === newValue) return;
    if (name === "max-height") this.capHeight();
    else this.configure([name]);
  }

  /** Caps the frame's height at the `max-height` attribute (none without it; a bare number is px). */
  capHeight() {
    const value = (this.getAttribute("max-height") || "").trim();
    // An invalid length is dropped by the CSSOM, which would keep the one before.
    this.frame.style.maxHeight = "";
    this.frame.style.maxHeight = /^\d+(\.\d+)?$/.test(value) ? `${value}px` : value;
    if (value && !this.frame.style.maxHeight) console.warn(`Kezek: max-height="${cut(value, 40)}" is not a CSS length: the element is as tall as the app`);
  }

  /**
   * Sends the named attributes to the app (max-height is the element's own),
   * each in its own `configure` message (answered alone: a bad value is
   * refused without the others). With
   * no names, every attribute given (one empty message when none is): what the
   * app is configured with when it is ready. A changed attribute is sent even
   * when removed (an empty message), so every change is answered.
   */
  configure(names) {
    const given = (names || Object.keys(ATTRIBUTE_FIELDS)).filter((name) => names || this.attributeValue(name));
    const payloads = given.map((name) => {
      const value = this.attributeValue(name);
      if (name === "lang") this.sentHostLang = this.hasAttribute("lang") ? null : value;
      return value ? { [ATTRIBUTE_FIELDS[name]]: value } : {};
    });
    for (const payload of payloads.length ? payloads : [{}]) {
      this.frame?.contentWindow?.postMessage({ protocol: PROTOCOL, version: VERSION, type: "configure", payload }, APP_BASE.origin);
    }
  }

  /**
   * An attribute's value as the app reads it: `lang` by its primary language
   * subtag when that is one of the app's (ru-RU, RU: ru), and without a `lang`
   * attribute the host page's language when it is one ([hostLang]).
   */
  attributeValue(name) {
    if (name === "lang" && !this.hasAttribute("lang")) return hostLang();
    const value = this.getAttribute(name);
    if (name !== "lang" || !value) return value;
    const primary = value.trim().toLowerCase().split(/[-_]/)[0];
    return LANGS.includes(primary) ? primary : value;
  }
}

if (!customElements.get("kezek-checker")) customElements.define("kezek-checker", KezekChecker);
