# Indices that overflow Py_ssize_t.
for fmt in ["{99999999999999999999}", "{0[99999999999999999999]}", "{99999999999999999999x}",
            "{9223372036854775807}", "{0[9223372036854775808]}"]:
    try:
        print(fmt.format([1]))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
