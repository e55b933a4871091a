// The JS side of the JS API's crossings: kezek_build_answer builds an answer
// (below), kezek_text_holds says whether an input's JSON text asks for one of
// the two looks that follow, kezek_non_finite_path finds a number JSON cannot carry in an input,
// kezek_not_json_object an object JSON.stringify writes as {} (a Map, a Set)
// and kezek_nested_deeper_than an input nested deeper than JSON is read (at
// the end; crates/kezek-wasm/src/lib.rs `json_text_within`).
//
// Builds an answer of the JS API (crates/kezek-wasm/src/answer.rs) into plain
// JS objects: the answer comes as one list of words (the "tape": what each
// value is, in order), the numbers that are not small integers, and one
// string holding every text of the answer, so crossing from WebAssembly costs
// a few copies instead of one call per field and value (issue 19). The
// objects are the answer's JSON as JSON.parse would give them. Tape words
// (kept equal to answer.rs): the low two bits say what the word is,
//   1 an integer (word >>> 2), 2 the next text of (word >>> 2) UTF-16 units,
//   3 a field or variant name: (word >>> 2) & 63 bytes of UTF-8 at address
//     word >>> 8 in the module's memory (read once, then kept),
//   0 the word itself: 0 null, 4 true, 8 false, 12 array (values...) 20,
//     16 object (key value)... 20, 20 end, 24 the next number of `numbers`;
//     or, when (word & 31) is 28, a citation (a constant of the law) shared
//     from answer to answer: with bit 5 set, the object that follows is
//     citation number word >>> 6, to freeze and keep; without, the one kept.

/** The shared citations (frozen), by id, kept across calls. */
const shared = [];
/** Field and variant names by their tape word, kept across calls. */
const names = new Map();
/** The last name read at each of 1024 slots (by address): most reads end here. */
const slotWord = new Int32Array(1024).fill(-1);
const slotName = new Array(1024).fill("");
let utf8;

export function kezek_build_answer(tape, numbers, text, memory) {
  let i = 0; // the next word of the tape
  let at = 0; // where the next text starts
  let n = 0; // the next of the numbers
  const name = (word) => {
    const slot = (word >>> 8) & 1023;
    if (slotWord[slot] === word) return slotName[slot];
    let got = names.get(word);
    if (got === undefined) {
      utf8 ??= new TextDecoder();
      got = utf8.decode(new Uint8Array(memory.buffer, word >>> 8, (word >>> 2) & 63));
      names.set(word, got);
    }
    slotWord[slot] = word;
    slotName[slot] = got;
    return got;
  };
  // A word whose low two bits are not 0: an integer, a text or a name.
  const scalar = (word) => {
    switch (word & 3) {
      case 1:
        return word >>> 2;
      case 2: {
        const from = at;
        at += word >>> 2;
        return text.slice(from, at);
      }
      default:
        return name(word);
    }
  };
  // The next value; scalars inside lists and objects are read in place
  // (a call fewer for each: issue 19).
  const value = () => {
    const word = tape[i++];
    if (word & 3) return scalar(word);
    switch (word) {
      case 0:
        return null;
      case 4:
        return true;
      case 8:
        return false;
      case 12: {
        const list = [];
        for (let w; (w = tape[i]) !== 20; ) {
          if (w & 3) {
            i++;
            list.push(scalar(w));
          } else {
            list.push(value());
          }
        }
        i++;
        return list;
      }
      case 16: {
        const object = {};
        for (let w; (w = tape[i]) !== 20; ) {
          let key;
          if (w & 3) {
            i++;
            key = scalar(w);
          } else {
            key = value();
          }
          let v;
          if ((w = tape[i]) & 3) {
            i++;
            v = scalar(w);
          } else {
            v = value();
          }
          if (key === "__proto__") {
            Object.defineProperty(object, key, { value: v, enumerable: true, writable: true, configurable: true });
          } else {
            object[key] = v;
          }
        }
        i++;
        return object;
      }
      case 24:
        return numbers[n++];
    }
    if ((word & 31) === 28) {
      const id = word >>> 6;
      if (word & 32) return (shared[id] = Object.freeze(value()));
      const kept = shared[id];
      if (kept !== undefined) return kept;
    }
    throw new Error(`kezek: bad answer tape at ${i - 1}`);
  };
  return value();
}

/**
 * What `found` says of the first value of `value` it says something of,
 * reading `value` as JSON.stringify does (own enumerable keys, arrays by
 * index, a value with toJSON as its own text), each object once; undefined
 * when it says nothing, or when reading throws. Called only after
 * JSON.stringify has read `value` without throwing.
 */
function first(value, found) {
  const seen = new Set();
  const walk = (v, path) => {
    const got = found(v, path);
    if (got !== undefined) return got;
    if (v === null || typeof v !== "object" || seen.has(v) || typeof v.toJSON === "function") return undefined;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const p = walk(v[i], `${path}[${i}]`);
        if (p !== undefined) return p;
      }
      return undefined;
    }
    for (const k of Object.keys(v)) {
      const p = walk(v[k], path ? `${path}.${k}` : k);
      if (p !== undefined) return p;
    }
    return undefined;
  };
  try {
    return walk(value, "");
  } catch {
    return undefined;
  }
}

/**
 * What the JSON text `text` of an input holds that asks for a second look:
 * 1 when it holds `null` (kezek_non_finite_path), 2 when it holds `{}`
 * (kezek_not_json_object), both added. One call for both (lib.rs
 * `json_text_within`).
 */
export function kezek_text_holds(text) {
  return (text.includes("null") ? 1 : 0) + (text.includes("{}") ? 2 : 0);
}

/**
 * The path of the first number of `value` that JSON cannot carry (NaN,
 * Infinity: JSON.stringify writes them as null), named as the engine names
 * fields (`admission.referral_extension_days`, `applicant.phones[1]`), or
 * undefined. Called only when the JSON text of `value` holds a null (lib.rs
 * `json_text_within`).
 */
export function kezek_non_finite_path(value) {
  return first(value, (v, path) => (typeof v === "number" && !Number.isFinite(v) ? path : undefined));
}

/**
 * The first object of `value` that JSON.stringify writes as `{}` though what
 * it holds is not its fields — a Map, a Set, an ArrayBuffer, a typed array, a
 * RegExp, a Promise; an instance of a class with no fields of its own (its
 * getters and private fields), an object whose fields are not enumerable
 * (what it holds would be silently lost) — as `[path, message]` (the path as
 * the engine names fields, "" for `value` itself), or undefined. And
 * `value` itself when JSON.stringify writes it as no object at all: a Date or
 * another value with toJSON that gives its text, a boxed number (evaluate's
 * `options` as a Date were read as no options). Called only when the JSON
 * text of `value` holds `{}` (lib.rs `json_text_within`), and for evaluate's
 * `options`. Inside `value`, a Date (toJSON: its text, read or refused as a
 * date) and a boxed string, number or boolean (written as their value) are
 * not such objects.
 */
export function kezek_not_json_object(value) {
  return first(value, (v, path) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
    const kind = Object.prototype.toString.call(v).slice(8, -1);
    if (path === "") {
      const written = typeof v.toJSON === "function" ? v.toJSON("") : ["String", "Number", "Boolean"].includes(kind) ? v.valueOf() : v;
      if (written === null || typeof written !== "object") {
        const as = written === null ? "null" : written === undefined ? "nothing" : `a ${typeof written}`;
        return ["", `a value of type ${kind} is not an object: JSON.stringify writes it as ${as}; give a plain object`];
      }
    }
    if (typeof v.toJSON === "function" || ["String", "Number", "Boolean"].includes(kind)) return undefined;
    if (kind === "Object") {
      if (Object.keys(v).length > 0) return undefined;
      const proto = Object.getPrototypeOf(v);
      const plain = proto === null || proto === Object.prototype || (Object.getPrototypeOf(proto) === null && Object.prototype.hasOwnProperty.call(proto, "hasOwnProperty"));
      if (!plain) {
        const name = typeof proto.constructor === "function" && proto.constructor.name ? proto.constructor.name : "a class";
        return [path, `an instance of ${name} is not JSON: JSON.stringify writes only an object's own fields, and it has none (its getters and private fields are lost: {}); give a plain object`];
      }
      if (Object.getOwnPropertyNames(v).length === 0) return undefined;
      return [path, "an object whose fields are not enumerable is not JSON: JSON.stringify writes it as {}, losing them; give a plain object"];
    }
    return [path, `a value of type ${kind} is not JSON: JSON.stringify writes it as {}, losing what it holds; give a plain object (Object.fromEntries for a Map) or an array`];
  });
}

/**
 * Whether `value` nests lists and objects deeper than `limit` levels (the
 * engine reads JSON to kezek_rules::wire::MAX_DEPTH). Called only when
 * JSON.stringify threw on `value`: a JS engine's stringify gives up on
 * deep nesting (V8 at some thousands of levels) with a RangeError, which
 * would otherwise be said as a value that is not JSON. Walks without
 * recursion, as JSON.stringify reads (own enumerable keys, arrays by index,
 * a value with toJSON a leaf), each object once (a cycle ends there), and
 * stops at the first level past `limit`; false when reading throws.
 */
export function kezek_nested_deeper_than(value, limit) {
  try {
    const seen = new Set();
    const stack = [[value, 1]];
    while (stack.length > 0) {
      const [v, depth] = stack.pop();
      if (v === null || typeof v !== "object" || seen.has(v) || typeof v.toJSON === "function") continue;
      if (depth > limit) return true;
      seen.add(v);
      const items = Array.isArray(v) ? v : Object.keys(v).map((k) => v[k]);
      for (const item of items) stack.push([item, depth + 1]);
    }
  } catch {
    // A getter or a Proxy trap that throws: not said to be too deep.
  }
  return false;
}
