import re

data = ["x=1", "bad", "y=22", "z=", "w=333"]
parsed = {m[1]: int(m[2]) for s in data if (m := re.fullmatch(r"(\w)=(\d+)", s))}
print(parsed, m)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
buf = []
while (chunk := "abcdefgh"[len(buf) * 3:len(buf) * 3 + 3]):
    buf.append(chunk)
print(buf)
if (n := len(buf)) > 2:
    print("many chunks", n)
print([(total := total + v) for v in range(5)] if (total := 0) == 0 else None, total)
print(any((hit := w).startswith("y") for w in ["ab", "yes", "yo"]), hit)
squares = {n: n * n for n in range(4)}
print(squares, [k for k in squares if k], {v % 3 for v in squares.values()})
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)], [x for row in matrix for x in row if x != 2])
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc dd".split()))
