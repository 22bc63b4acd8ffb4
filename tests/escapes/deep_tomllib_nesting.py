# Deeply nested TOML arrays and inline tables: a recursive-descent parser
# recurses once per level, so a short document could exhaust the native
# stack. moat's tomllib is Python code, so each level is a Python call under
# the recursion limit: a catchable RecursionError, as in CPython, and the
# interpreter goes on. Also hostile parse_float callbacks that mutate the
# document's containers while it is built.
import tomllib

for depth in (50, 100000):
    for opener, closer in (("[", "]"), ("{b=", "}")):
        doc = "a = " + opener * depth + "1" + closer * depth
        try:
            tomllib.loads(doc)
            print(depth, opener, "parsed")
        except RecursionError:
            print(depth, opener, "RecursionError")

seen = []


def grab(text):
    seen.append(text)
    return seen  # a list: refused, the parser's tables stay its own


try:
    tomllib.loads("x = 1.5", parse_float=grab)
except ValueError as e:
    print("ValueError", e)
print(tomllib.loads("x = [1.5, 2.5]", parse_float=lambda s: len(seen)))
# expect-output: 50 [ parsed
# expect-output: 50 {b= parsed
# expect-output: 100000 [ RecursionError
# expect-output: 100000 {b= RecursionError
# expect-output: ValueError parse_float must not return dicts or lists
# expect-output: {'x': [1, 1]}
