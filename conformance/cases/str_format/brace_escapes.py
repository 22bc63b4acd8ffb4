# "{{" and "}}" are literal braces.
print("{{}}".format(), "{{0}}".format(1), "{{{0}}}".format(1))
print("a{{b}}c".format(), "{{".format(), "}}".format(), "{{{{".format())
print("{0}{{".format("x"), "}}{0}".format("y"))
print("{{{}}}".format("inner"), "{{ {} }}".format("s"))
print("no fields at all".format(1, 2, x=3))
print("".format(), repr("".format()))
