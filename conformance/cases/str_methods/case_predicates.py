# islower/isupper/istitle: the "at least one cased character" rules.
samples = ["", "a", "A", "1", "a1", "A1", "1a", "ab cd", "Ab Cd", "Ab cd", "AB CD",
           "Hello, World!", "Hello,World", "HeLLo", "ǅ", "ǅa", "Aǅ", "ǈubljana", "ß",
           "ᾼ", "ᾼa", "Σίσυφος", "ΣΊΣΥΦΟΣ", "ʰ", "aʰ", "Ⅷ", "ⓐⓑ", "Ⓐ", "123 Abc",
           "Abc123def", "Abc 123Def", "O'Neil", "o'Neil", "_A", "A_b", "A_B"]
for s in samples:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
