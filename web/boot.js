// Starts the Yew app. Kept in its own file so the Content-Security-Policy
// needs no 'unsafe-inline'. The wasm is compiled with 'wasm-unsafe-eval'.
import init from "./kezek_app.js";

init({ module_or_path: new URL("kezek_app_bg.wasm", import.meta.url) }).catch((err) => {
  console.error("Kezek failed to start", err);
  const p = document.createElement("p");
  p.className = "kz-fatal";
  p.textContent = "Kezek could not start in this browser (WebAssembly is required).";
  document.body.append(p);
});
