// The JS side of the JS API's crossings: kezek_build_answer builds an answer
// (below), kezek_non_finite_path finds a number JSON cannot carry in an input
// (at the end; crates/kezek-wasm/src/lib.rs `json_text_within`).
//
// Builds an answer of the JS API (crates/kezek-wasm/src/answer.rs) into plain
// JS objects: the answer comes as one list of numbers (the "tape": what each
// value is, in order) and one string holding every text of the answer, so
// crossing from WebAssembly costs two copies instead of one call per field and
// value (issue 19). The objects are the answer's JSON as JSON.parse would give
// them. Tape codes (kept equal to answer.rs):
//   0 null, 1 true, 2 false, 3 number n, 4 text [from, to) (UTF-16 offsets),
//   5 array ... 7, 6 object (key value)... 7, 7 end,
//   8 name id (a field or variant name sent before), 9 new name id [from, to).

/** Field and variant names by id, kept across calls (ids come from answer.rs). */
const names = [];

export function kezek_build_answer(tape, text) {
  let i = 0;
  const value = () => {
    switch (tape[i++]) {
      case 0:
        return null;
      case 1:
        return true;
      case 2:
        return false;
      case 3:
        return tape[i++];
      case 4: {
        const from = tape[i++];
        return text.slice(from, tape[i++]);
      }
      case 5: {
        const list = [];
        while (tape[i] !== 7) list.push(value());
        i++;
        return list;
      }
      case 6: {
        const object = {};
        while (tape[i] !== 7) {
          const key = value();
          if (key === "__proto__") {
            Object.defineProperty(object, key, { value: value(), enumerable: true, writable: true, configurable: true });
          } else {
            object[key] = value();
          }
        }
        i++;
        return object;
      }
      case 8:
        return names[tape[i++]];
      case 9: {
        const id = tape[i++];
        const from = tape[i++];
        return (names[id] = text.slice(from, tape[i++]));
      }
      default:
        throw new Error(`kezek: bad answer tape at ${i - 1}`);
    }
  };
  return value();
}

/**
 * The path of the first number of `value` that JSON cannot carry (NaN,
 * Infinity: JSON.stringify writes them as null), named as the engine names
 * fields (`admission.referral_extension_days`, `applicant.phones[1]`), or
 * undefined. Called only when the JSON text of `value` holds a null (lib.rs
 * `json_text_within`), after JSON.stringify has read it without throwing; it
 * reads the value as JSON.stringify does (own enumerable keys, arrays by
 * index, a value with toJSON as its own text).
 */
export function kezek_non_finite_path(value) {
  const seen = new Set();
  const walk = (v, path) => {
    if (typeof v === "number") return Number.isFinite(v) ? undefined : path;
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
