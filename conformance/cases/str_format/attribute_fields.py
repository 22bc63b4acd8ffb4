# ".name" looks an attribute up on the field object.
print("{0.real} {0.imag}".format(5), "{.real}".format(3.5), "{.imag}".format(2.0))
print("{0.real.real}".format(7), "{x.imag}".format(x=4))
print("{0.__class__.__name__}".format([]), "{.__class__.__name__}".format(1.5))
for fmt in ["{0.nope}", "{0.real.nope}", "{x.b[c]}"]:
    try:
        print(fmt.format(1, x=1))
    except AttributeError as e:
        print(type(e).__name__, e)
