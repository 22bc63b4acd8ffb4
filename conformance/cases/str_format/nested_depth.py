# PEP 3101: only two levels of fields.
try:
    print("{0:{1:{2}}}".format("abc", "s", ""))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{:{:{}}}".format(1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
# Braces escaped inside a spec still count as nesting.
for fmt in ["{0:{{}}}", "{:{{}}}", "{0:{{x}}}"]:
    try:
        print(fmt.format(5))
    except ValueError as e:
        print(type(e).__name__, e)
