# partition/rpartition: found, not found, separator at the ends, errors.
for s, sep in [("a=b=c", "="), ("abc", "="), ("=abc", "="), ("abc=", "="), ("", "="),
               ("a::b::c", "::"), ("ünï→cödé→x", "→"), ("aaa", "aa"), ("abc", "abc")]:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
for call in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1),
             lambda: "a".rpartition(None), lambda: "a".partition(), lambda: "a".partition("a", "b"),
             lambda: "a".partition(sep="a")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
