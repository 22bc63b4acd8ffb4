# upper, lower, title, capitalize, swapcase, casefold.
words = ["hello world", "HELLO", "hElLo WoRlD", "it's a dog's life", "o'neil mc-donald",
         "ǆemal", "straße", "ΣΊΣΥΦΟΣ", "123abc def", "", "  lead", "x1y2 z3"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("İ".lower(), len("İ".lower()), "ß".upper(), "ﬁ".upper(), "ŉ".upper())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "Hello world".istitle())
print("123".isupper(), "A1".isupper(), "".islower(), "ǅ".istitle())
name = "aDa lovelace"
print(" ".join(part.capitalize() for part in name.split()))
