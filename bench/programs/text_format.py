# str.format, %-formatting, split and join over 60000 lines.
lines = []
for i in range(60000):
    lines.append("{:>6} | {:<10} | {:8.3f}".format(i, "item%d" % i, i / 7))
s = "\n".join(lines)
print(len(s), s.count("item1"), s[:40])
parts = [l.split("|") for l in lines]
print(sum(float(p[2]) for p in parts))
print(len(" ".join(str(i) for i in range(200000))))
