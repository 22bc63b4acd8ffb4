# Positional fields past the arguments raise IndexError naming the index.
for fmt, args in [("{} {}", (1,)), ("{0}", ()), ("{5}", (1, 2)), ("{}", ()), ("{:{}}", (1,))]:
    try:
        print(fmt.format(*args))
    except IndexError as e:
        print(type(e).__name__, e)
try:
    "{9999999999}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
