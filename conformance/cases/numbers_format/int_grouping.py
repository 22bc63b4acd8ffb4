# Thousands separators: ',' and '_' every three digits, '_' every four in
# b/o/x/X, and zero padding that inserts separators among the zeros.
for n in [0, 7, 999, 1000, -1000, 123456, 1234567, -1234567, 10**12, 2**64, -(10**30)]:
    print(f"{n:,}|{n:_}|{n:15,}|{n:<15_}|{n:^+15,}|{n:_x}|{n:_b}|{n:#_o}|{n:#_X}")
for w in range(1, 14):
    print(f"{1234:0{w},}|{-1234:0{w},}|{1234:0{w}_}|{255:#0{w}_x}|{5:0{w}_b}")
print(format(1234, "0=10,"), format(-1234, "012,"), format(1234, "*=10,"), format(1234, "x<10,"))
for spec in [",x", ",b", ",c", "_c", "_n", ",n", "_,", ",_", ",s"]:
    try:
        print(format(1234, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
