# split()/rsplit() without a separator: runs of Unicode whitespace, maxsplit,
# leading/trailing whitespace.
samples = ["", " ", "a", " a ", "a b  c", "  a  b  c  ", "\ta\nb\x0bc\x0cd\re",
           "a\x1cb\x1dc\x1ed\x1fe", "a\xa0b\u2003c\u3000d", "a\x85b\u2028c\u2029d",
           "a\u200bb", "one  two   three    four", "é ü  ö"]
for s in samples:
    print(repr(s))
    for m in [-1, 0, 1, 2, 10]:
        print("  ", m, s.split(None, m), s.rsplit(None, m))
    print("  ", s.split(), s.rsplit(), s.split(maxsplit=1), s.rsplit(maxsplit=1))
