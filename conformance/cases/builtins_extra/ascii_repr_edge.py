# ascii() escapes every non-ASCII code point of repr(); repr() itself keeps them.
def show(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

samples = ["plain", "caf\u00e9", "\u00ff\u0100", "\u20ac euro", "snow \u2603", "\U0001f600",
           "\x00\x7f\x80", "tab\there", "quote's", 'dq"', "mix'\"", "\ud800", "\uffff\U00010000",
           "\U0010ffff", "", "\\"]
for s in samples:
    print(ascii(s), repr(s), ascii(s) == repr(s))
print(ascii(["\u00e9", ("\u4e2d", {"k\u00e9y": "v\u00e0l"})]))
print(ascii(1), ascii(1.5), ascii(None), ascii(True), ascii("x"))
print(ascii(123456789012345678901234567890), ascii(-0.0), ascii(float("inf")))
print(repr("caf\u00e9"), repr(["\u00e9"]), repr(()), repr((1,)), repr({1: "a"}))
print(repr(range(3)), repr(slice(1, 2)), repr(Ellipsis), repr(NotImplemented))
print(len(ascii("\U0001f600")), len(repr("\U0001f600")))
show("noargs", ascii)
show("two", ascii, 1, 2)
show("repr_noargs", repr)
show("repr_kw", repr, obj=1)
