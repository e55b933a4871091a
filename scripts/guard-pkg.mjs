// Makes the JS API module (pkg/kezek.js, wasm-bindgen's output) survive a
// WebAssembly trap. A trap leaves the instance's memory and shadow stack as
// the trap found them (after about 388 traps every call failed, even
// `edition()`); so every exported function is wrapped: on a
// `WebAssembly.RuntimeError` the module is instantiated afresh from the
// already compiled module, and the call throws an `Error` with
// `code: "engine.crashed"`; the next call runs on the fresh instance. A
// call before init() throws `code: "engine.not_initialised"`, not a TypeError.
// A call with more arguments than the function takes throws
// `code: "input.too_many_arguments"`: JavaScript would drop the extra ones
// silently (`checklist(case, calendar, {sections})` answered the whole
// checklist, `position(snapshot, application, options)` no forecast), as the
// module refuses an unknown option or field rather than ignore it. Extra
// arguments that are `undefined` are not counted.
//
//   node scripts/guard-pkg.mjs pkg/kezek.js        (scripts/build.sh runs it)
import fs from "node:fs";

const file = process.argv[2];
let src = fs.readFileSync(file, "utf8");
if (src.includes("function __kezek_guard(")) process.exit(0);
const exported = [...src.matchAll(/^export function (\w+)\(([^)]*)\)/gm)];
const names = exported.map((m) => m[1]);
// Each function's parameters as the README names them (wasm-bindgen writes
// `case`, a reserved word, as `_case`).
const params = Object.fromEntries(exported.map((m) => [m[1], m[2].split(",").map((p) => p.trim().replace(/^_/, "")).filter(Boolean)]));
const needs = ["function __wbg_finalize_init(instance, module)", "function __wbg_get_imports()", "wasmModule = module;", "wasm = instance.exports;"];
const missing = needs.filter((s) => !src.includes(s));
if (!names.length || missing.length) {
  console.error(`guard-pkg: unexpected wasm-bindgen output in ${file} (missing: ${missing.join("; ") || "exported functions"})`);
  process.exit(1);
}
src = src.replace(/^export function (\w+)\(/gm, "function __kezek_unguarded_$1(");
src += `
// ---- Added by scripts/guard-pkg.mjs: a trap never leaves the module dead. ----
function __kezek_restart() {
    __wbg_finalize_init(new WebAssembly.Instance(wasmModule, __wbg_get_imports()), wasmModule);
}

function __kezek_guard(f, args, name, params) {
    // Called before init() (or initSync()) has given the module its instance.
    if (wasm === undefined) {
        const err = new Error("the Kezek engine is not initialised: await the module's default export, init(), before calling its functions");
        err.code = "engine.not_initialised";
        err.field = "";
        throw err;
    }
    // More arguments than it takes (trailing undefined ones not counted):
    // they would be dropped silently.
    let given = args.length;
    while (given > params.length && args[given - 1] === undefined) given--;
    if (given > params.length) {
        const takes = params.length ? \`at most \${params.length} argument\${params.length > 1 ? "s" : ""}\` : "no arguments";
        const err = new Error(\`\${name}(\${params.join(", ")}) takes \${takes}, not \${given}: leave out the extra ones, which it would ignore\`);
        err.code = "input.too_many_arguments";
        err.field = "";
        throw err;
    }
    try {
        return f(...args);
    } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError)) throw e;
        __kezek_restart();
        const err = new Error(\`the Kezek engine crashed (\${e.message}) and was restarted; call again\`);
        err.code = "engine.crashed";
        err.field = "";
        err.cause = e;
        throw err;
    }
}

${names.map((n) => `export function ${n}(...args) {\n    return __kezek_guard(__kezek_unguarded_${n}, args, ${JSON.stringify(n)}, ${JSON.stringify(params[n])});\n}`).join("\n\n")}
`;
fs.writeFileSync(file, src);
console.log(`  trap guard around ${names.length} functions: ${names.join(", ")}`);
