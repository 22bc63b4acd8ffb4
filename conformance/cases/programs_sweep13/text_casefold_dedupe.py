names = ["Straße", "STRASSE", "strasse", "Ǆemal", "ǆemal", "ΣΊΣΥΦΟΣ", "σίσυφος", "İstanbul", "istanbul"]

seen = {}
for n in names:
    key = n.casefold()
    seen.setdefault(key, []).append(n)
for key, group in seen.items():
    print(f"{key!r:14} {group}")
print([n.lower() == n.casefold() for n in names])
print("ß".upper(), "ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ﬁ".upper(), "ΣΑΣ".lower())
words = "the Quick brown FOX jumps over the lazy dog The END".split()
unique = []
for w in words:
    if w.casefold() not in (u.casefold() for u in unique):
        unique.append(w)
print(unique)
print(sorted(["b", "A", "a", "B", "ä"], key=str.casefold))
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title())
