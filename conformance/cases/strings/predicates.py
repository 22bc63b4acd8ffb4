# isdigit, isalpha, isspace, isalnum, isdecimal, isnumeric, isidentifier, isprintable, isascii.
samples = ["123", "12.5", "-1", "abc", "abc123", "ABC", "", " ", "\t\n", "½", "²", "١٢٣",
           "héllo", "日本", "a b", "_id", "1st", "class", "x\x00", "\u2003", "Ⅻ"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isdecimal(),
          s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())


def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"


text = "Pass W0rd!"
print([classify(c) for c in text])
strong = (len(text) >= 8 and any(c.isdigit() for c in text) and any(c.isupper() for c in text)
          and any(not c.isalnum() for c in text))
print("strong password:", strong)
