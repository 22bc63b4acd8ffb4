# is*() predicates on non-ASCII text: digits and numerics from several
# scripts, Unicode whitespace, letters, identifiers and printability.
samples = ["²", "½", "Ⅷ", "一二三", "٣", "५", "①", "𝟘", "¹²³", "₅", "〇", "万", "ↈ",
           "é", "ñandú", "Ωmega", "日本語", "ǅ", "ﬁ", "ʰ", "ª", "Ⅰ", "ⓐ", "Ⓐ",
           "\xa0", "\u2000\u3000", "\u200b", "\u2028", "\x85", "\u1680", "\u180e",
           "\xad", "\u0378", "\ue000", "\ud800", "\U0001F600", "\U000E0001",
           "∑x", "x̃", "℘", "℮", "゛", "·", "a·b", "١٢", "x\u0660", "\u00b7a",
           "\U00011F00", "\U0001FAE8", "\U00031350", "\u0cf3"]
names = ["isalnum", "isalpha", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    row = [n[2:] + "=" + ("T" if getattr(s, n)() else "f") for n in names]
    print(repr(s), s.isascii(), " ".join(row))
