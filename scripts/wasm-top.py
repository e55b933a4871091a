#!/usr/bin/env python3
"""Top contributors of a wasm module: the size of every function body (code
section) named from the name section, the 20 largest functions, and the sizes
summed per crate. The module must still have its name section (measure the
cargo output before wasm-bindgen/wasm-opt strip it).

    python3 scripts/wasm-top.py target/wasm32-unknown-unknown/wasm/kezek-app.wasm
"""
import collections, json, re, sys

b = open(sys.argv[1], "rb").read()
if b[:4] != b"\0asm":
    sys.exit(f"{sys.argv[1]}: not a wasm module")

def leb(i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7F) << s; s += 7
        if x < 0x80:
            return r, i

i, imported, sizes, names, data = 8, 0, [], {}, 0
while i < len(b):
    sid = b[i]; i += 1
    n, i = leb(i); end = i + n
    if sid == 2:  # imports: count imported functions (they take indices first)
        cnt, j = leb(i)
        for _ in range(cnt):
            for _ in range(2):
                l, j = leb(j); j += l
            kind = b[j]; j += 1
            if kind == 0: _, j = leb(j); imported += 1
            elif kind == 1: j += 1; f, j = leb(j); _, j = leb(j); j = leb(j)[1] if f & 1 else j
            elif kind == 2: f, j = leb(j); _, j = leb(j); j = leb(j)[1] if f & 1 else j
            elif kind == 3: j += 2
            else: _, j = leb(j); j += 0
    elif sid == 10:
        cnt, j = leb(i)
        for _ in range(cnt):
            l, j = leb(j); sizes.append(l); j += l
    elif sid == 11:
        data = n
    elif sid == 0:
        l, j = leb(i); name = b[j:j + l].decode(errors="replace"); j += l
        if name == "name":
            while j < end:
                sub = b[j]; j += 1; sl, j = leb(j); send = j + sl
                if sub == 1:
                    cnt, k = leb(j)
                    for _ in range(cnt):
                        idx, k = leb(k); nl, k = leb(k); names[idx] = b[k:k + nl].decode(errors="replace"); k += nl
                j = send
    i = end

def demangle(name):
    """Legacy Rust mangling `_ZN3foo3bar17h…E` -> `foo::bar` (enough to read and group)."""
    if not name.startswith("_ZN"):
        return name
    i, parts = 3, []
    while i < len(name) and name[i].isdigit():
        j = i
        while name[j].isdigit():
            j += 1
        n = int(name[i:j]); parts.append(name[j:j + n]); i = j + n
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    out = "::".join(parts)
    for a, b2 in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("$C$", ","), ("$u7b$", "{"), ("$u7d$", "}"), ("..", "::")):
        out = out.replace(a, b2)
    return out.lstrip("_")

funcs = [(s, demangle(names.get(imported + k, f"func[{imported + k}]"))) for k, s in enumerate(sizes)]
funcs.sort(reverse=True)
crates = collections.Counter()
for s, name in funcs:
    m = re.search(r"([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::", name.lstrip("<&"))
    crates[m.group(1) if m else "other"] += s
print(json.dumps({
    "module": sys.argv[1], "code_bytes": sum(sizes), "data_bytes": data, "functions": len(sizes),
    "top_functions": [{"bytes": s, "name": n[:160]} for s, n in funcs[:20]],
    "by_crate": [{"bytes": v, "crate": k} for k, v in crates.most_common(15)],
}, indent=1))
