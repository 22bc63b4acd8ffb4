# Building output text with `+=` in a function, as judge solutions do:
# linear under CPython (which resizes the str it holds the only reference
# to) and under moat (append sites, vm/verifier.h MarkInPlaceAppends).
def render(n):
    out = ""
    for i in range(n):
        out += str(i * 7 % 1000)
        out += " " if i % 20 else "\n"
    return out


def csv_rows(n):
    rows = []
    for r in range(n):
        line = ""
        for c in range(8):
            line += f"{r * c},"
        rows.append(line)
    return rows


text = render(300_000)
rows = csv_rows(30_000)
print(len(text), text.count("\n"), len(rows), rows[-1])
