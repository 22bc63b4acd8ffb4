words = ["naïve", "Éclair", "straße", "ǅemal", "ﬁne", "İstanbul", "ΣΊΣΥΦΟΣ"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
print(sorted(words), sorted(words, key=str.casefold))
print("ß" == "ss", "ß".casefold() == "ss".casefold(), "ﬁ".upper(), len("ﬁ".upper()))
print([c for c in "a1²③Ⅷ" if c.isnumeric()], [c.isdigit() for c in "1²③"], [c.isdecimal() for c in "1²٣"])
print("ǅ".istitle(), "Σ".lower(), "ΑΣ".lower(), "ς".upper(), "ﬃ".title())
print(ord("€"), chr(8364), hex(ord("😀")), "😀".encode("utf-8"), len("😀"), "é".encode("utf-16-le"))
print("abc".center(9, "·"), "x".rjust(3, "→"), "\u00e9" == "e\u0301", ascii("ñ€😀"))
print(repr("tab\tnew\nquote'\"back\\"), repr("\x00\x7f\u200b"), str(b"\xe2\x82\xac", "utf-8"))
