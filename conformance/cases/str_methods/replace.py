# replace: counts, empty old/new, growth and shrink, non-ASCII, the
# empty-string quirks, error texts.
s = "one two one two one"
for old, new in [("one", "1"), ("one", "ONE!"), ("o", ""), ("", "-"), ("x", "y"),
                 (" ", "  "), ("one two one two one", "all"), ("", "")]:
    print(repr(old), repr(new), [s.replace(old, new, c) for c in (-1, 0, 1, 2, 10)])
print(repr("".replace("", "x")), repr("".replace("", "x", 1)), repr("".replace("", "x", 0)),
      repr("".replace("a", "b")), repr("abc".replace("", "-", 2)), repr("abc".replace("abcd", "x")))
print("ünïcödé".replace("ö", "o"), "ünïcödé".replace("", "·"), "aaa".replace("a", "ü"),
      "üüü".replace("ü", "u"), "日本語".replace("本", "\U0001F600"))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b", 1), "abab".replace("ab", "ab"))
for call in [lambda: "a".replace(), lambda: "a".replace("a"), lambda: "a".replace(1, "x"),
             lambda: "a".replace("a", 1), lambda: "a".replace("a", "b", "c"),
             lambda: "a".replace("a", "b", 1, 2), lambda: "a".replace("a", "b", count=1),
             lambda: "a".replace("a", "b", 2**70), lambda: "a".replace("a", "b", 1.0)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
