# !r, !s and !a conversions, alone and with a spec.
print("{!r}".format("q"), "{!s}".format("q"), "{!a}".format("q"))
print("{0!r} {0!s} {0!a}".format("é"))
print("{x!a}".format(x="é\u1234\U0001f600"))
print("{!r:>8}|{!s:<6}|{!a:^10}|".format("ab", 12, "ü"))
print("{!r}".format([1, "two", (3.0,)]), "{!s}".format(None), "{!r}".format(True))
print("{!a}".format(["ñ", {"k": "ß"}]))
print("{0!r:{1}}|".format("a", 6))
