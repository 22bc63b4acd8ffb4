# Normalising user-entered names: unicodedata normalisation forms,
# categories, accent stripping, casefold matching and display widths.
import unicodedata as ud

NAMES = ["José Ångström", "JOSE ANGSTROM", "Zoë  O'Brien", "zoe o’brien", "Ｆｕｌｌ Ｗｉｄｔｈ",
         "Straße", "STRASSE", "ﬁnn", "Ǆuro", "café", "cafe\u0301", "Ⅻ Roman", "naïve\tuser",
         "😀 emoji", "Σίσυφος", "ΣΊΣΥΦΟΣ", "İzmir", "\u200bzero width"]

def strip_accents(s):
    nfkd = ud.normalize("NFKD", s)
    return "".join(ch for ch in nfkd if not ud.combining(ch))

def key(s):
    s = strip_accents(s).casefold()
    s = s.replace("’", "'")
    s = "".join(ch for ch in s if ud.category(ch)[0] in "LNZP" or ch == "'")
    return " ".join(s.split())

def width(s):
    return sum(2 if ud.east_asian_width(ch) in "WF" else 0 if ud.combining(ch) else 1 for ch in s)

for n in NAMES:
    print(f"{n!r:24} nfc={len(ud.normalize('NFC', n)):2} nfd={len(ud.normalize('NFD', n)):2} "
          f"w={width(n):2} key={key(n)!r}")

groups = {}
for n in NAMES:
    groups.setdefault(key(n), []).append(n)
for k, members in sorted(groups.items()):
    if len(members) > 1:
        print("same person?", k, members)

for ch in ["é", "\u0301", "Ⅻ", "½", "٣", "Ａ", "ß", "😀", "\t", "\u200b", "€", "ǅ"]:
    print(f"U+{ord(ch):04X} {ud.name(ch, '<unnamed>'):40} {ud.category(ch)} "
          f"dec={ud.decimal(ch, None)} num={ud.numeric(ch, None)} bidi={ud.bidirectional(ch)!r} "
          f"mirror={ud.mirrored(ch)} decomp={ud.decomposition(ch)!r}")
print(ud.lookup("LATIN SMALL LETTER SHARP S"), ud.lookup("snowman"), "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}")
try:
    ud.lookup("NOT A REAL NAME")
except KeyError as exc:
    print("KeyError:", exc)
print(ud.is_normalized("NFC", "café"), ud.is_normalized("NFC", "cafe\u0301"), ud.unidata_version)
print(ud.normalize("NFKC", "ﬁ ① ² ㎏ Ⅻ"), ud.normalize("NFC", "e\u0301\u0327"), [hex(ord(c)) for c in ud.normalize("NFD", "ǖ")])
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse", "ǅ".istitle(), "Σ".lower(), "ΑΣ".lower())
print(sorted(NAMES[:8], key=key), sorted(["b", "Á", "a", "ä", "z"], key=lambda s: (strip_accents(s).lower(), s)))
print("x".center(5, "é"), "名前".ljust(6, "-"), f"{'名前':<6}|", len("👍🏽"), "👍🏽"[::-1] == "🏽👍", "é".encode("utf-8"), "e\u0301".encode())
