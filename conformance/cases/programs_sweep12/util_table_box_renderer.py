import unicodedata


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad(s, w, align):
    s = str(s)
    gap = w - width(s)
    if align == ">":
        return " " * gap + s
    if align == "^":
        return " " * (gap // 2) + s + " " * (gap - gap // 2)
    return s + " " * gap


def render(headers, rows, aligns=None):
    aligns = aligns or ["<"] * len(headers)
    cols = [max(width(x) for x in col) for col in zip(headers, *rows)]
    top = "┌" + "┬".join("─" * (w + 2) for w in cols) + "┐"
    sep = "├" + "┼".join("─" * (w + 2) for w in cols) + "┤"
    bot = "└" + "┴".join("─" * (w + 2) for w in cols) + "┘"

    def line(cells):
        return "│" + "│".join(f" {pad(c, w, a)} " for c, w, a in zip(cells, cols, aligns)) + "│"
    return "\n".join([top, line(headers), sep, *map(line, rows), bot])


rows = [("東京", 13_960_000, "Japan", 0.112), ("Zürich", 421_878, "Switzerland", 0.025),
        ("São Paulo", 12_330_000, "Brazil", 0.071), ("NYC", 8_336_817, "USA", -0.013)]
fmt_rows = [(c, f"{p:,}", k, f"{g:+.1%}") for c, p, k, g in rows]
print(render(["City", "Population", "Country", "Growth"], fmt_rows, ["<", ">", "^", ">"]))
print(render(["k", "v"], [("a", 1)]))
print([width(s) for s in ["abc", "日本語", "e\u0301", "🙂"]], [unicodedata.east_asian_width(c) for c in "a日🙂"])
