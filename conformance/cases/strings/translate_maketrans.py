# str.maketrans and str.translate.
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming in Python".translate(strip_vowels))
leet = str.maketrans({"a": "4", "e": "3", "l": "1", "o": "0", "s": None, "t": "+"})
print("leetspeak is the best".translate(leet))
print(sorted(str.maketrans("ab", "cd").items()), str.maketrans({"x": "yz"}))
print("hello".translate({104: "J", 108: "L"}), "abc".translate({}))
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print("ValueError", e)
dna = "ATGCGTTA"
print(dna.translate(str.maketrans("ATGC", "TACG"))[::-1])
