# format_map refuses positional fields and non-mappings, and takes one argument.
for fmt in ["{}", "{0}", "{0[x]}", "{a}{}"]:
    try:
        print(fmt.format_map({"a": 1}))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
for arg in [1, None, [1]]:
    try:
        print("{a}".format_map(arg))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "".format_map()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".format_map({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".format_map(m={})
except TypeError as e:
    print(type(e).__name__, e)
print("{0}".format_map(["list"]) if False else "ok")
