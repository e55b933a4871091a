#!/usr/bin/env python3
"""Extracts the text of cl. 1-36 of order No. 254 (law/order-254-preschool-services.kk.txt,
the Kazakh original; "seed 004")
into web/law/order254.kk.json, keyed like `Citation::key()` ("order254:cl21"),
so the app can show a clause in the original on request. Amendment notes
("Ескерту.") and adilet.zan.kz links are dropped; the wording is not changed.

    python3 scripts/extract-law.py law/order-254-preschool-services.kk.txt web/law/order254.kk.json
"""
import json, re, sys

src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
# The Rules start after the order's own five clauses: at the second "1." clause.
starts = [i for i, l in enumerate(lines) if re.match(r"^\s+1\. ", l)]
body_start = starts[1]
clauses, cur, text = {}, None, []
for l in lines[body_start:]:
    m = re.match(r"^\s+(\d{1,2})\. ", l)
    if m and (cur is None or int(m.group(1)) == cur + 1):
        if cur is not None:
            clauses[cur] = text
        cur, text = int(m.group(1)), [l.strip()]
        continue
    # Clause 36 ends where the header of Annex 1 begins.
    if cur == 36 and re.match(r"^\s{1,3}Мектепке дейінгі білім\s*$", l):
        break
    if cur is not None:
        text.append(l.strip())
if cur is not None:
    clauses[cur] = text

def clean(parts):
    s = " ".join(p for p in parts if p and not p.startswith("https://"))
    s = re.sub(r"Ескерту\..*?бұйрығымен\.", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    # Paragraph breaks before sub-clauses "1)", "2)" …
    s = re.sub(r" (\d{1,2}\)) ", r"\n\1 ", s)
    return s

data = {"_source": "Order No. 254 of 19.06.2020 as amended by order No. 464 of 18.11.2022, Kazakh original (seed 004); amendment notes omitted.",
        **{f"order254:cl{n}": clean(t) for n, t in sorted(clauses.items()) if n <= 36}}
json.dump(data, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(data) - 1} clauses -> {out}")
