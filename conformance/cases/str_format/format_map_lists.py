# Any subscriptable works as the mapping for names (a list with int-looking
# names is still looked up with str keys).
try:
    print("{0x}".format_map([1]))
except TypeError as e:
    print(type(e).__name__, e)
print("{a}".format_map({"a": "dict"}))
print("{s}".format_map({"s": "x" * 3}))
print("{r[2]}".format_map({"r": range(10, 20)}))
