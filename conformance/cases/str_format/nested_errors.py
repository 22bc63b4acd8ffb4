# Errors raised while expanding a nested spec.
tests = [("{0:{1}}", (1,)), ("{0:{x}}", (1,)), ("{0:{1}}", (1, "q")), ("{0:{1!x}}", (1, 2)),
         ("{0:{1}d}", (1, "z")), ("{0:{}}", (1, 2)), ("{0:{1}", (1, 2)), ("{0:{1}}}", (1, 2))]
for fmt, args in tests:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
