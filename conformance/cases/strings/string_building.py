# Building strings: join, repetition and accumulation patterns.
rows = []
for i in range(1, 6):
    rows.append(" " * (5 - i) + "*" * (2 * i - 1))
print("\n".join(rows))
print("\n".join("#" * i for i in range(4, 0, -1)))
table = ""
for i in range(1, 4):
    table += "\t".join(str(i * j) for j in range(1, 6)) + "\n"
print(table, end="")
parts = ["a", "b", "c"]
print(", ".join(parts[:-1]) + " and " + parts[-1])
number = 1234567
s = str(number)
groups = []
while s:
    groups.insert(0, s[-3:])
    s = s[:-3]
print(",".join(groups))
diamond = [("*" * n).center(9) for n in list(range(1, 10, 2)) + list(range(7, 0, -2))]
print("\n".join(d.rstrip() for d in diamond))
