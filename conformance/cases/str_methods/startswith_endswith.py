# startswith/endswith: str or tuple of str, start/end, error texts.
s = "hello world"
for p in ["hello", "world", "", "h", "d", "hello world", "hello world!", ("x", "he"),
          ("wor", "ld"), (), ("",)]:
    print(repr(p), s.startswith(p), s.endswith(p))
for a in [(0,), (6,), (6, 11), (6, 8), (-5,), (-5, -1), (None, 5), (11,), (12,),
          (2**70,), (-2**70, 2**70), (3, 2)]:
    print(a, s.startswith("world", *a), s.endswith("world", *a),
          s.startswith("", *a), s.endswith("", *a), s.endswith("lo", *a))
u = "ünïcödé"
print(u.startswith("ün"), u.endswith("dé"), u.startswith("ï", 2), u.endswith("cö", 0, 5),
      u.startswith(("x", "ünï")), u.endswith("é", -1), u.startswith("", 7), u.startswith("", 8))
print(s.endswith(("world", 1)))
for call in [lambda: s.startswith(1), lambda: s.endswith(None), lambda: s.startswith((1,)),
             lambda: s.endswith(("x", 2)), lambda: s.startswith(), lambda: s.startswith("a", "b"),
             lambda: s.endswith("a", 1, 2, 3), lambda: s.startswith(["he"]),
             lambda: s.startswith("he", start=0)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
