names = ["ann", "bob", "cy"]
scores = [88, 92, 79]
ages = [31, 25]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(f"{i}. {n:<4}{s}")
print(list(zip(names, ages)), dict(zip(names, scores)))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
for idx, ch in reversed(list(enumerate("abc"))):
    print(idx, ch, end="; ")
print()
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if r == c:
            print("diag", v, end=" ")
print()
print([sum(col) for col in zip(*matrix)], [row[::-1] for row in matrix], list(map(list, zip(*matrix[::-1]))))
for a, b in zip(scores, scores[1:]):
    print(f"{a}->{b}: {'up' if b > a else 'down'}")
i = 0
while i < len(names):
    if names[i].startswith("b"):
        break
    i += 1
else:
    i = None
print("first b at", i)
for n in names:
    if n == "zed":
        break
else:
    print("no zed found")
