# expandtabs: column logic across \n and \r, tab sizes 0, 1, negative,
# non-ASCII columns.
samples = ["", "a\tb", "\t", "ab\tc\td", "abcdefgh\ti", "a\tb\nc\td", "a\tb\rc\td",
           "\t\t", "ü\tö\tä", "日本\t語", "no tabs"]
for s in samples:
    print(repr(s), [s.expandtabs(n) for n in (-2, 0, 1, 2, 4)], repr(s.expandtabs()),
          repr(s.expandtabs(tabsize=3)))
for call in [lambda: "a".expandtabs(1, 2), lambda: "a".expandtabs("x"),
             lambda: "a".expandtabs(x=1), lambda: "a".expandtabs(2**40), lambda: "a".expandtabs(1.0)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
