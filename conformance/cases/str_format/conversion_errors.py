# Unknown conversions and malformed conversion syntax.
for fmt in ["{0!x}", "{0!R}", "{0!}", "{0!rx}", "{0!r!s}", "{0!é}", "{!}", "{0!ab}", "{0!\u1234}"]:
    try:
        print(repr(fmt.format(1)))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
# The field is looked up before the conversion is checked.
try:
    "{3!x}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
