import unicodedata
import re


def slugify(text, sep="-"):
    norm = unicodedata.normalize("NFKD", text)
    ascii_only = norm.encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_only.lower())
    return sep.join(words)


titles = ["Héllo, Wörld!", "Crème brûlée — recipe #2", "  ÅNGSTRÖM   unit ", "ﬁnancial ½ report", "日本語 title", "___"]
for t in titles:
    print(repr(t), "->", repr(slugify(t)))
for ch in "aÉ1½ \t€ß":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), unicodedata.decimal(ch, None), unicodedata.east_asian_width(ch))
print(unicodedata.normalize("NFC", "e\u0301") == "é", len(unicodedata.normalize("NFKC", "ﬃ")), unicodedata.combining("\u0301"))
try:
    unicodedata.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError", e)
