import json

DATA = json.loads("""[
  {"repo": "moat", "stars": 1520, "lang": "C++", "open_issues": 12, "license": "MIT"},
  {"repo": "tiny-lisp", "stars": 87, "lang": "Python", "open_issues": 0},
  {"repo": "webby", "stars": 23011, "lang": "TypeScript", "open_issues": 431, "license": "Apache-2.0"},
  {"repo": "notes", "stars": 5, "lang": null, "open_issues": 2, "license": "GPL-3.0"}
]""")


def to_markdown(rows, columns=None, align=None):
    columns = columns or list(dict.fromkeys(k for r in rows for k in r))
    align = align or {}
    cells = [[("" if r.get(c) is None else f"{r[c]:,}" if isinstance(r.get(c), int) else str(r[c]))
              for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]

    def fmt(vals):
        out = []
        for v, w, c in zip(vals, widths, columns):
            a = align.get(c, "<")
            out.append(f"{v:{a}{w}}")
        return "| " + " | ".join(out) + " |"

    sep = []
    for w, c in zip(widths, columns):
        a = align.get(c, "<")
        sep.append(("-" * (w - 1) + ":") if a == ">" else (":" + "-" * (w - 2) + ":") if a == "^" else "-" * w)
    return "\n".join([fmt(columns), "| " + " | ".join(sep) + " |"] + [fmt(r) for r in cells])


print(to_markdown(DATA))
print()
print(to_markdown(sorted(DATA, key=lambda r: -r["stars"]), ["repo", "stars", "license"],
                  {"stars": ">", "license": "^"}))
