# Escapes next to fields, and literal text split around them.
print("{{{}}}".format(1), "{{{0}}}{{".format(2), "}}{{{}}}{{".format(3))
print("a{}b{}c".format("-", "+"), "{}{}{}".format("", "", "") + "|")
print("{{{{{}}}}}".format("x"))
print("{{}}{}{{}}".format(0))
