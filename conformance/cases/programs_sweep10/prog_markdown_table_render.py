import sys, csv
rows = list(csv.reader(sys.stdin))
header, body = rows[0], rows[1:]
def is_num(s):
    try:
        float(s.replace(",", ""))
        return True
    except ValueError:
        return False
ncols = len(header)
body = [r + [""] * (ncols - len(r)) if len(r) < ncols else r[:ncols] for r in body]
numeric = [all(is_num(r[c]) for r in body if r[c]) for c in range(ncols)]
widths = [max(len(x) for x in [header[c], *(r[c] for r in body)]) for c in range(ncols)]
def fmt(cells):
    return "| " + " | ".join(c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric)) + " |"
print(fmt(header))
print("|" + "|".join(("-" * (w + 1) + ":") if num else (":" + "-" * (w + 1)) for w, num in zip(widths, numeric)) + "|")
for r in body:
    print(fmt(r))
totals = [sum(float(r[c].replace(",", "")) for r in body if r[c]) if numeric[c] else None for c in range(ncols)]
print("totals:", ", ".join(f"{h}={t:g}" for h, t in zip(header, totals) if t is not None))
