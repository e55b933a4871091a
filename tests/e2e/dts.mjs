// A reader of the TypeScript declarations the JS API ships (pkg/kezek.d.ts),
// enough to check real answers against them: the interfaces and type aliases
// (object literals, unions, intersections, arrays, string literals,
// `Record<K, V>`, index signatures) and the exported functions' parameters
// and return types. `conforms(value, type)` lists where a value is not of
// its declared type: a key the type does not declare, a required key
// missing, a value of another kind. No TypeScript compiler is needed.

/** The declarations of a .d.ts text: {types: {name: type}, functions: {name: {params, returns}}}. */
export function readDeclarations(text) {
  const src = text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " ");
  const tokens = tokenize(src);
  const types = {};
  const functions = {};
  let i = 0;
  const peek = () => tokens[i];
  const eat = (t) => {
    if (t !== undefined && tokens[i] !== t) throw new Error(`kezek.d.ts: expected ${t} at token ${i} (${tokens.slice(i, i + 8).join(" ")})`);
    return tokens[i++];
  };

  function type() {
    const alts = [intersection()];
    while (peek() === "|") {
      eat("|");
      alts.push(intersection());
    }
    return alts.length === 1 ? alts[0] : { kind: "union", alts };
  }
  function intersection() {
    if (peek() === "|") eat("|");
    const parts = [postfix()];
    while (peek() === "&") {
      eat("&");
      parts.push(postfix());
    }
    return parts.length === 1 ? parts[0] : { kind: "intersection", parts };
  }
  function postfix() {
    let t = primary();
    while (peek() === "[" && tokens[i + 1] === "]") {
      eat("[");
      eat("]");
      t = { kind: "array", of: t };
    }
    return t;
  }
  function primary() {
    const t = eat();
    if (t === "{") return objectBody("}");
    if (t === "(") {
      const inner = type();
      eat(")");
      return inner;
    }
    if (/^["']/.test(t)) return { kind: "literal", value: t.slice(1, -1) };
    if (/^\d/.test(t)) return { kind: "literal", value: Number(t) };
    if (t === "true" || t === "false") return { kind: "literal", value: t === "true" };
    const args = [];
    if (peek() === "<") {
      eat("<");
      args.push(type());
      while (peek() === ",") {
        eat(",");
        args.push(type());
      }
      eat(">");
    }
    return { kind: "name", name: t, args };
  }
  function objectBody(close) {
    const members = {};
    let index = null;
    while (peek() !== close) {
      if (peek() === "readonly") eat();
      if (peek() === "[") {
        eat("[");
        eat();
        eat(":");
        type();
        eat("]");
        eat(":");
        index = type();
      } else {
        const name = eat();
        const optional = peek() === "?";
        if (optional) eat("?");
        if (peek() === "(") {
          // A method (`InitOutput`'s): its signature is not needed.
          skipTo([";", close]);
        } else {
          eat(":");
          if (peek() === "(") {
            // A function type (`InitOutput`'s exports): not an answer's.
            skipTo([";", close]);
            members[name] = { optional, type: { kind: "name", name: "any", args: [] } };
          } else {
            members[name] = { optional, type: type() };
          }
        }
      }
      if (peek() === ";" || peek() === ",") eat();
    }
    eat(close);
    return { kind: "object", members, index };
  }
  function skipTo(ends) {
    let depth = 0;
    while (i < tokens.length) {
      const t = peek();
      if (depth === 0 && ends.includes(t)) return;
      if (t === "(" || t === "{" || t === "[" || t === "<") depth++;
      if (t === ")" || t === "}" || t === "]" || t === ">") depth--;
      eat();
    }
  }
  function params() {
    eat("(");
    const out = [];
    while (peek() !== ")") {
      let name = eat();
      if (name === "...") name = `...${eat()}`;
      const optional = peek() === "?";
      if (optional) eat("?");
      eat(":");
      out.push({ name, optional, type: type() });
      if (peek() === ",") eat(",");
    }
    eat(")");
    return out;
  }

  while (i < tokens.length) {
    const t = eat();
    if (t === "interface") {
      const name = eat();
      let base = null;
      if (peek() === "extends") {
        eat("extends");
        base = eat();
      }
      eat("{");
      types[name] = { ...objectBody("}"), base };
    } else if (t === "type" && tokens[i + 1] === "=") {
      const name = eat();
      eat("=");
      types[name] = type();
      if (peek() === ";") eat(";");
    } else if (t === "function") {
      const name = eat();
      const ps = params();
      eat(":");
      functions[name] = { params: ps, returns: type() };
      if (peek() === ";") eat(";");
    }
  }
  return { types, functions };
}

function tokenize(src) {
  const out = [];
  const re = /\s+|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\.\.\.|=>)|([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)|(\d+(?:\.\d+)?)|([{}()[\]<>:;,?|&=])|(.)/gy;
  let m;
  while ((m = re.exec(src))) {
    const t = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** Whether a declared type is `any` (or the bare `object`/`unknown`): it says nothing of the answer. */
export function isUntyped(t) {
  return t.kind === "name" && ["any", "unknown", "object"].includes(t.name);
}

/**
 * Where `value` is not of type `t` (declared in `decls`): a list of
 * "path: what" strings, empty when it conforms.
 */
export function conforms(value, t, decls, path = "answer") {
  const problems = [];
  check(value, t, path, problems, decls, false);
  return problems;
}

function check(v, t, path, out, decls, extraOk) {
  switch (t.kind) {
    case "literal":
      if (v !== t.value) out.push(`${path}: ${JSON.stringify(v)} is not ${JSON.stringify(t.value)}`);
      return;
    case "array":
      if (!Array.isArray(v)) return void out.push(`${path}: ${describe(v)} is not an array`);
      v.forEach((x, i) => check(x, t.of, `${path}[${i}]`, out, decls, false));
      return;
    case "union": {
      const tries = t.alts.map((a) => {
        const p = [];
        check(v, a, path, p, decls, extraOk);
        return p;
      });
      if (tries.some((p) => p.length === 0)) return;
      // The alternative that came closest says what is wrong.
      out.push(...tries.sort((a, b) => a.length - b.length)[0]);
      return;
    }
    case "intersection": {
      for (const part of t.parts) check(v, part, path, out, decls, true);
      if (extraOk || !isObject(v)) return;
      const objects = t.parts.map((p) => resolve(p, decls));
      if (objects.some((o) => o.kind !== "object" || o.index)) return;
      const known = new Set(objects.flatMap((o) => Object.keys(o.members)));
      for (const k of Object.keys(v)) if (!known.has(k)) out.push(`${path}.${k}: not declared`);
      return;
    }
    case "object": {
      if (!isObject(v)) return void out.push(`${path}: ${describe(v)} is not an object`);
      for (const [k, m] of Object.entries(t.members)) {
        if (!(k in v) || (m.optional && v[k] === undefined)) {
          if (!m.optional) out.push(`${path}.${k}: declared, missing`);
          continue;
        }
        check(v[k], m.type, `${path}.${k}`, out, decls, false);
      }
      for (const k of Object.keys(v)) {
        if (k in t.members) continue;
        if (t.index) check(v[k], t.index, `${path}.${k}`, out, decls, false);
        else if (!extraOk) out.push(`${path}.${k}: not declared`);
      }
      return;
    }
    case "name":
      return checkName(v, t, path, out, decls, extraOk);
    default:
      throw new Error(`unknown type node ${t.kind}`);
  }
}

function checkName(v, t, path, out, decls, extraOk) {
  const is = (ok, what) => ok || out.push(`${path}: ${describe(v)} is not ${what}`);
  switch (t.name) {
    case "any":
    case "unknown":
      return;
    case "string":
      return void is(typeof v === "string", "a string");
    case "number":
      return void is(typeof v === "number", "a number");
    case "boolean":
      return void is(typeof v === "boolean", "a boolean");
    case "null":
      return void is(v === null, "null");
    case "undefined":
    case "void":
      return void is(v === undefined, "undefined");
    case "object":
      return void is(v !== null && typeof v === "object", "an object");
    case "Record":
      if (!isObject(v)) return void out.push(`${path}: ${describe(v)} is not an object`);
      for (const [k, x] of Object.entries(v)) check(x, t.args[1], `${path}.${k}`, out, decls, false);
      return;
    case "Array":
      return check(v, { kind: "array", of: t.args[0] }, path, out, decls, extraOk);
    default: {
      const d = decls.types[t.name];
      if (!d) return void out.push(`${path}: type ${t.name} is not declared in kezek.d.ts`);
      return check(v, d, path, out, decls, extraOk);
    }
  }
}

function resolve(t, decls) {
  return t.kind === "name" && decls.types[t.name] ? resolve(decls.types[t.name], decls) : t;
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const describe = (v) => (v === null ? "null" : Array.isArray(v) ? "an array" : `${typeof v} ${JSON.stringify(v)?.slice(0, 60)}`);
