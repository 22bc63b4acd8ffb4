import unicodedata


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def pad(s, w, align):
    gap = w - width(s)
    if align == ">":
        return " " * gap + s
    if align == "^":
        return " " * (gap // 2) + s + " " * (gap - gap // 2)
    return s + " " * gap


rows = [
    ("city", "country", "pop (M)"),
    ("Tokyo", "日本", "37.4"),
    ("Zürich", "Schweiz", "0.4"),
    ("São Paulo", "Brasil", "22.0"),
    ("서울", "대한민국", "9.7"),
]
widths = [max(width(r[i]) for r in rows) for i in range(3)]
aligns = ["<", "^", ">"]
line = "┼".join("─" * (w + 2) for w in widths)
for n, r in enumerate(rows):
    print("│".join(" " + pad(c, w, a) + " " for c, w, a in zip(r, widths, aligns)))
    if n == 0:
        print(line)
print(widths, [len(r[0]) for r in rows])
