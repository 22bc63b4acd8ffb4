# lower/upper/casefold/swapcase/capitalize/title, ASCII and Unicode (full
# case mappings, final sigma, titlecase digraphs).
words = [
    "", "hello world", "HELLO World", "mIxEd CaSe 123", "a1b2c3",
    "straße", "ﬁsh ﬂow", "İstanbul", "ΣΑΣ ΟΔΟΣ", "σας", "ΌΣΟΣ.", "AΣ", "AΣb", "A.Σ.", "Σ",
    "ǅemal ǆ Ǆ", "ŉ", "ǰ", "ΐ", "ﬀ ﬃ", "ß", "ẞ", "Ǉ", "ﬆ", "Ꭰ ꭰ", "µ", "ſ", "ǈ",
    "they're bill's friends", "hello-world_foo bar", "3rd place", "ὒ ᾳ ᾼ",
]
for w in words:
    print(repr(w))
    print("  lower   ", repr(w.lower()))
    print("  upper   ", repr(w.upper()))
    print("  casefold", repr(w.casefold()))
    print("  swapcase", repr(w.swapcase()))
    print("  capital ", repr(w.capitalize()))
    print("  title   ", repr(w.title()))
print("ß".upper() == "SS", "ﬁ".upper() == "FI", len("İ".lower()))
print("ΑΣ ΑΣ.".lower(), "Σ'Σ".lower(), "xΣ\u0301y".lower())
