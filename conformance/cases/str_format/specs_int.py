# Integer specs through str.format.
print("{:,}".format(1234567), "{:_}".format(1234567), "{:x}".format(255), "{:#b}".format(5))
print("{:08d}|{:+d}|{: d}|{:=+8}|".format(42, 42, 42, -5), "{:#X}".format(48879))
print("{:c}".format(65), "{:o}".format(8), "{:#o}".format(8), "{:_x}".format(2**32))
print("{:e}|{:.1%}|{:g}".format(12345, 7, 10**20))
print("{:d}".format(True), "{}".format(False), "{:>5}".format(True), "{:n}".format(10**30))
print("{:,}".format(-10**25), "{:^+9}|".format(3))
for fmt in ["{:s}", "{:.2d}", "{:,c}", "{:z}"]:
    try:
        print(fmt.format(5))
    except ValueError as e:
        print(type(e).__name__, e)
