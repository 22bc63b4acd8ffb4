# A lone '}' is an error wherever it appears.
for fmt in ["}", "x}", "}x", "{0}}", "{{}", "a}}}", "{0} }"]:
    try:
        print(repr(fmt.format(1)))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
