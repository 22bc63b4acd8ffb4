# Iterating sets of strings: always through sorted() for stable output.
vowels = set("aeiou")
text = "programming in python is fun"
found = {ch for ch in text if ch in vowels}
print(sorted(found), len(found))
missing = vowels - found
print(sorted(missing))
tags_a = {"python", "c++", "rust", "go"}
tags_b = {"go", "java", "python"}
for label, s in (("both", tags_a & tags_b), ("either", tags_a | tags_b), ("only a", tags_a - tags_b),
                 ("one side", tags_a ^ tags_b)):
    print(label, sorted(s))
print(sorted(tags_a, key=len), min(tags_a), max(tags_b))
