# str() and str(obj): every built-in type's str, keyword `object`, and the
# decoding arguments moat refuses like CPython does without bytes.
print(repr(str()), repr(str("x")), repr(str(1)), repr(str(-2**70)), repr(str(1.5)),
      repr(str(None)), repr(str(True)), repr(str([1, "a"])), repr(str((1,))),
      repr(str({"a": 1})), repr(str(object="kw")), repr(str(str)), repr(str(encoding="utf-8")))
s = "same"
print(str(s) is s, type(str(5)).__name__, isinstance("x", str), str.__name__)
for call in [lambda: str(1, "utf-8"), lambda: str("a", "b", "c"), lambda: str(1, 2, 3, 4),
             lambda: str(x=1), lambda: str(1, errors="strict")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
