# splitlines: every line boundary CPython recognises, CRLF, keepends.
samples = ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "\r\n\r\n", "\r\r\n",
           "a\x0bb\x0cc\x1cd\x1de\x1ef", "a\x85b\u2028c\u2029d", "a\x1fb", "a\u000bb",
           "line1\nline2\r\n\nlast", "ü\nö\r\nä"]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True),
          s.splitlines(False), s.splitlines(0), s.splitlines(5))
for call in [lambda: "a".splitlines(1, 2), lambda: "a".splitlines(keepends="x"),
             lambda: "a".splitlines(x=1), lambda: "a".splitlines(1.5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
