def group(n, sep=",", size=3):
    s = str(abs(int(n)))
    parts = []
    while s:
        parts.append(s[-size:])
        s = s[:-size]
    return ("-" if n < 0 else "") + sep.join(reversed(parts))


def money(x, symbol="$", sep=",", dec=".", places=2, symbol_after=False):
    neg = x < 0
    whole, frac = f"{abs(x):.{places}f}".split(".")
    body = group(int(whole), sep) + (dec + frac if places else "")
    body = f"{body} {symbol}" if symbol_after else f"{symbol}{body}"
    return f"({body})" if neg else body


def compact(n):
    for div, suf in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(n) >= div:
            return f"{n / div:.1f}".rstrip("0").rstrip(".") + suf
    return str(n)


for v in [0, 7, 1234, -98765, 1234567.891, 1e9 + 0.5]:
    print(f"{v!r:>14} us={money(v):>18} de={money(v, '€', '.', ',', symbol_after=True):>18} "
          f"ch={money(v, 'CHF ', chr(39)):>18} compact={compact(v)}")
print(group(10 ** 12), group(123456789, " "), group(123456, ",", 2), f"{1234567.891:,.2f}", f"{-42:,}")
