# Malformed field names.
tests = ["{0[0]x}", "{0[0]a.b}", "{0.}", "{0[]}", "{0..real}", "{0.real.}", "{.}", "{[]}", "{0[0]]}"]
for fmt in tests:
    try:
        print(repr(fmt.format([1])))
    except (ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
