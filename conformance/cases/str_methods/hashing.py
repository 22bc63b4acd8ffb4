# hash() of strs (PYTHONHASHSEED=0 in CPython; moat's default seed is 0) and
# the iteration order it gives sets and dict views.
for s in ["", "a", "abc", "hello world", "é", "€", "\U0001F600", "abcdefgh", "abcdefghi",
          "café 世界", "\ud800", "x" * 100, "ÿ", "Āā", "a\x00b"]:
    print(repr(s), hash(s))
print({"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"})
print({"é", "ü", "日本", "\U0001F600", "a"})
print(set("abcdefghijklmnop"))
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d, set(d))
print(hash("abc") == hash("ab" + "c"), len({"a", "a", "b"}))
