def parse(s):
    try:
        value = int(s)
    except ValueError:
        print("bad input", repr(s))
    return value


print(parse("10"))
print(parse("ten"))
