# str.format accepts any arguments; extra ones are ignored.
print("{}".format(1, 2, 3), "{0}".format("a", b=1), "x".format(*range(5), **{"k": 1}))
print("{1}{0}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
args = ["p", "q"]
kwargs = {"n": "named"}
print("{0} {1} {n}".format(*args, **kwargs))
f = "{}".format
print(f(1), f("two"))
print(str.format("{}-{}", 1, 2), str.format_map("{a}", {"a": 3}))
try:
    str.format()
except TypeError as e:
    print(type(e).__name__, e)
