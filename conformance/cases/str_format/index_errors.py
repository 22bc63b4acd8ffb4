# Lookup errors from "[...]" parts come from the object itself.
tests = [("{0[5]}", [1]), ("{0[5]}", "ab"), ("{0[k]}", {}), ("{0[0]}", None), ("{0[0]}", 5),
         ("{0[k]}", [1]), ("{0[1]}", {"1": 1})]
for fmt, arg in tests:
    try:
        print(fmt.format(arg))
    except (IndexError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
