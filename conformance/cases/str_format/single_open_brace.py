# A '{' at the very end, or a field that never closes.
for fmt in ["{", "a{", "{{{", "{0", "{0:", "{0:>5", "{0!r", "{0!r:", "{!", "{a{}", "{0[", "{0[}", "{0:{1}", "{{{0}"]:
    try:
        print(repr(fmt.format(1, 2)))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
