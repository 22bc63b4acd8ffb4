# split/rsplit with a separator: empty fields, maxsplit, multi-character and
# non-ASCII separators, error texts.
samples = [("a,b,c", ","), ("a,,b,", ","), (",", ","), ("", ","), ("abc", ","),
           ("a::b::c", "::"), ("a:::b", "::"), ("aaaa", "aa"), ("aaaaa", "aa"),
           ("ü→ö→ä", "→"), ("x ÿ y ÿ z", " ÿ "), ("abcabc", "abc")]
for s, sep in samples:
    print(repr(s), repr(sep))
    for m in [-1, 0, 1, 2, 5]:
        print("  ", m, s.split(sep, m), s.rsplit(sep, m))
print("a b".split(sep=" "), "a b c".rsplit(" ", maxsplit=1), "a b c".split(maxsplit=-5))
print("1,2,3".split(",", True), "1,2,3".split(sep=None))
for call in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1),
             lambda: "a".split(",", "x"), lambda: "a".split(",", 1.0), lambda: "a".split(x=1),
             lambda: "a".split(",", 1, 2), lambda: "a".rsplit(b=2), lambda: "a".split(",", 2**70)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
