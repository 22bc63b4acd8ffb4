# removeprefix/removesuffix.
for s in ["", "abc", "abcabc", "ünïcödé", "prefix-body-suffix"]:
    for a in ["", "a", "abc", "ab", "c", "ün", "dé", "prefix-", "-suffix", "abcabcx"]:
        print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))
for call in [lambda: "a".removeprefix(1), lambda: "a".removesuffix(None),
             lambda: "a".removeprefix(), lambda: "a".removesuffix("a", "b"),
             lambda: "a".removeprefix(prefix="a")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
