# Comprehensions have their own scope.
x = "outer"
result = [x for x in range(3)]
print(result, x)
i = 100
squares = [i * i for i in range(4)]
print(squares, i)
k = 10
print([k + j for j in range(3)])


def f():
    factor = 3
    return [factor * n for n in range(4)]


print(f())
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
funcs = [(lambda n=n: n) for n in range(3)]
print([fn() for fn in funcs])
total = 0
values = [total + v for v in range(5)]
print(values)
data = [[1, 2], [3, 4]]
print([[y for y in row] for row in data], [row for row in data for row in row])
g = (y for y in range(3))
print(list(g))
try:
    print(y)
except NameError as e:
    print("NameError", e)
