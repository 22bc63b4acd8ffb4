# Manual first, then an automatic field.
for fmt in ["{0}{}", "{1} {} {0}", "{0:{}}"]:
    try:
        print(fmt.format(1, 2))
    except ValueError as e:
        print(type(e).__name__, e)
# Auto first, then manual inside a nested spec.
try:
    print("{:{0}}".format(5, 3))
except ValueError as e:
    print(type(e).__name__, e)
