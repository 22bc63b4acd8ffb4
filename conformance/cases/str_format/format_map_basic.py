# format_map takes one mapping and looks names up in it.
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("{x[0]} {x[1]:>3}|".format_map({"x": [1, 2]}), "{k.real}".format_map({"k": 9}))
print("no fields".format_map({}), "{{}}".format_map({}))
print("{a!r:^7}|".format_map({"a": "q"}))
print("{w:{f}>{n}}".format_map({"w": "v", "f": "-", "n": 5}))
try:
    "{missing}".format_map({"a": 1})
except KeyError as e:
    print(type(e).__name__, e)
