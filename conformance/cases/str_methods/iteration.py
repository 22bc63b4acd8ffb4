# Iterating over strs: for loops, list(), unpacking, enumerate, reversed,
# sorted, max/min, sets and dicts built from characters.
for t in ["", "abc", "ünï", "日本\U0001F600"]:
    print(repr(t), list(t), [c for c in t], tuple(t))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
a, b, c = "ünï"
print(a, b, c)
print(list(enumerate("ab")), list(reversed("äbc")), sorted("banana"), max("hello"), min("hello"))
print(sorted(set("mississippi")), {c: ord(c) for c in "aé"})
print("".join(sorted("zyxé")), list(zip("abc", "ü12")))
print(list(map(str.upper, ["a", "b"])), [s.strip() for s in " a , b ".split(",")])
print(type(iter("abc")).__name__, type(iter("é")).__name__)
count = 0
for ch in "x" * 1000:
    count += 1
print(count)
