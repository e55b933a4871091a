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
