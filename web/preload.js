// Starts fetching the parent's messages as soon as this arrives (an async
// module script: it does not wait for the page to be parsed, as the deferred
// first-screen.js and boot.js do), in parallel with the first screen's wasm.
import { pickLang, preloadMessages } from "./lang.js";

preloadMessages(pickLang());
