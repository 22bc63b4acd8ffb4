import re, unicodedata, string
from itertools import groupby
def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)
def human_bytes(n):
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024
def rle(s): return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
def unrle(s): return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, sym in vals:
        q, n = divmod(n, v)
        out.append(sym * q)
    return "".join(out)
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    return sum(-m[a] if m[a] < m[b] else m[a] for a, b in zip(s, s[1:] + "I"))
def caesar(s, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    return s.translate(str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k]))
def vigenere(s, key):
    out, ki = [], 0
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + ord(key[ki % len(key)].lower()) - 97) % 26 + base)); ki += 1
        else:
            out.append(ch)
    return "".join(out)
def to_base(n, b):
    digits = string.digits + string.ascii_uppercase
    if n == 0: return "0"
    sign = "-" if n < 0 else ""
    n = abs(n); out = []
    while n:
        n, r = divmod(n, b); out.append(digits[r])
    return sign + "".join(reversed(out))
print(slugify("  Héllo, Wörld! Ça va?  "), slugify("Already-slug_ok"), slugify("ÆØÅ — ﬁne"))
print([human_bytes(n) for n in [0, 1023, 1024, 1536, 10 ** 9, 2 ** 50, -2048]])
print(rle("aaabccddddd"), unrle(rle("aaabccddddd")), rle(""), rle("abc"))
print([roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]], [from_roman(roman(n)) for n in [1994, 3888]])
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23), vigenere("Attack at dawn!", "LEMON"))
print([to_base(n, b) for n, b in [(255, 16), (-10, 2), (0, 7), (123456789, 36)]], int(to_base(123456789, 36), 36))
