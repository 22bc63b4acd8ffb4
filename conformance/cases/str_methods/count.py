# count: non-overlapping occurrences, empty substring, start/end.
s = "aaaa bbbb aaaa"
for sub in ["a", "aa", "aaa", "", " ", "b", "ab", "aaaa bbbb aaaa", "x"]:
    print(repr(sub), s.count(sub), s.count(sub, 2), s.count(sub, 2, 8), s.count(sub, -4),
          s.count(sub, 20), s.count(sub, 14), s.count(sub, None, -5))
print("".count(""), "".count("", 1), "".count("a"), "abc".count("", 3), "abc".count("", 4))
print("ééé".count("é"), "ééé".count(""), "aéaéa".count("aé"), "aéaéa".count("", 1, -1))
for call in [lambda: s.count(), lambda: s.count(1), lambda: s.count("a", "b"),
             lambda: s.count("a", 1, 2, 3), lambda: s.count("a", x=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
