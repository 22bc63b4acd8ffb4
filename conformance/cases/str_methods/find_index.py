# find/rfind/index/rindex with start/end (slice semantics, None, negative and
# huge values) on ASCII and non-ASCII text.
s = "abracadabra"
u = "ünïcödé ünïcödé"
for sub in ["a", "abra", "cad", "z", "", "ra", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
args = [(), (1,), (3,), (-4,), (1, 5), (0, -1), (-100, 100), (None, None), (None, 4),
        (5, None), (11,), (12,), (20, 30), (2**70,), (-2**70, 2**70), (True, 7)]
for a in args:
    print(a, s.find("a", *a), s.rfind("a", *a), s.find("", *a), s.rfind("", *a),
          s.find("bra", *a), s.rfind("bra", *a))
for sub in ["ü", "ödé", "é ü", "", "x", "cödé"]:
    print(repr(sub), u.find(sub), u.rfind(sub), u.find(sub, 2), u.rfind(sub, 0, -2),
          u.find(sub, -7), u.rfind(sub, -7, -1))
print(s.index("c"), s.rindex("a"), u.index("ï"), u.rindex("ï"))
for call in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 20),
             lambda: s.find(1), lambda: s.find("a", "x"), lambda: s.find("a", 1.5),
             lambda: s.find(), lambda: s.find("a", 1, 2, 3), lambda: s.find("a", start=1),
             lambda: s.rindex("a", 0, 0), lambda: s.index(None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print("aaaa".find("aa", 1), "aaaa".rfind("aa"), "aaaa".rfind("aa", 0, 3))
print(("ab" * 1000 + "c").find("abc"), ("c" + "ab" * 1000).rfind("cab"))
print(("a" * 300 + "b" + "a" * 300).rfind("b" + "a" * 299), ("a" * 500).rfind("a" * 200 + "b"))
