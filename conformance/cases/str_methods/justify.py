# center/ljust/rjust/zfill: odd/even margins, fill characters, widths that do
# not pad, error texts.
for s in ["", "a", "ab", "abc", "abcd", "ü", "日本"]:
    for w in [-1, 0, 1, 2, 5, 6, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")),
              repr(s.rjust(w, "-")))
for s in ["", "42", "-42", "+42", "--4", "abc", "-", "+", "ü", "-ü", "3.14", "-0.5"]:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5)])
print("x".center(6, "日"), "x".ljust(3, "\U0001F600"), "x".rjust(True))
for call in [lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".center(5, ""),
             lambda: "a".ljust(5, 1), lambda: "a".rjust("5"), lambda: "a".center(5, fillchar="x"),
             lambda: "a".center(1, 2, 3), lambda: "a".zfill(), lambda: "a".zfill("3"),
             lambda: "a".zfill(3, 4), lambda: "a".ljust(2**70), lambda: "a".zfill(1.5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
