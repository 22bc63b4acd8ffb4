ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int): raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000: raise ValueError(f"{n} out of range 1..3999")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v); out.append(s * q)
    return "".join(out)
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s: raise ValueError(f"non-canonical numeral {s!r}")
    return total
def caesar(text, k):
    def sh(c):
        if c.isascii() and c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + k) % 26 + base)
        return c
    return "".join(map(sh, text))
def rle(s):
    from itertools import groupby
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))
def unrle(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n); print(n, r, from_roman(r))
for bad in [0, 4000, 2.5, "x"]:
    try: to_roman(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for s in ["IIII", "VX", "MMXXIV", "Q"]:
    try: print(s, from_roman(s))
    except (ValueError, KeyError) as e: print(s, type(e).__name__, e)
msg = "Hello, Wörld! xyz"
enc = caesar(msg, 3); print(enc, caesar(enc, -3), caesar(msg, 26) == msg, caesar("abc", -27))
print(rle("aaabccddddde"), unrle(rle("aaabccddddde")), rle(""), unrle("12a1b"))
