# Assignment expressions (walrus).
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)
values = iter([3, 1, 4, 1, 5, 9, 0, 2, 6])
total = 0
while (v := next(values)) != 0:
    total += v
print("sum until zero", total, "stopped at", v)
print([y for x in data if (y := x * x) > 10], y)
print((z := 10) + z, z)
lines = ["name: ann", "bad line", "age: 31", "", "city: oslo"]
parsed = {}
for line in lines:
    if (sep := line.find(":")) != -1:
        parsed[line[:sep]] = line[sep + 1:].strip()
print(parsed)
print(f"{(w := 3) * 2} {w}")


def f():
    if (r := 42) > 40:
        return r
    return 0


print(f())
