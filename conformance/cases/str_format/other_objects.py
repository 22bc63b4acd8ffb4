# Objects without a spec handler: str() for an empty spec, TypeError otherwise.
print("{}|{}|{}|{}".format(None, [1, 2], (3,), {"a": 1}))
print("{:}|{!r:}|".format([1], "x"), "{}".format(range(3)), "{}".format({1, 2}))
print("{}".format(ValueError("boom")), "{!r}".format(KeyError("k")))
for fmt, arg in [("{:>5}", None), ("{:d}", [1]), ("{:s}", (1,)), ("{: }", {})]:
    try:
        print(fmt.format(arg))
    except TypeError as e:
        print(type(e).__name__, e)
