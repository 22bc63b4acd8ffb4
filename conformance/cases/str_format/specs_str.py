# String specs through str.format.
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^10}".format("mid"))
print("{:.2}|{:5.1}|{:>5.3}|".format("abcdef", "xyz", "hello"))
print("{:s}|{:10s}|".format("s", "t"), "{:é^7}".format("ü"))
for fmt in ["{:d}", "{:+}", "{:=5}", "{:#}", "{:,}"]:
    try:
        print(fmt.format("s"))
    except ValueError as e:
        print(type(e).__name__, e)
