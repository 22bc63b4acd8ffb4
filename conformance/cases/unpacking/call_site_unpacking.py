# * and ** in calls, and in list/tuple/set/dict displays.
def f(a, b, c, d=0):
    return a * 1000 + b * 100 + c * 10 + d


args = [1, 2, 3]
print(f(*args), f(*args, 4), f(1, *[2, 3]), f(*[1, 2], *[3], d=5), f(**{"a": 1, "b": 2, "c": 3}))
print(f(*(1, 2, 3)), f(*range(3), **{"d": 9}))
print([*args, *"ab"], (*args,), {*args, 3}, [*range(2), *(5, 6)])
d1, d2 = {"x": 1}, {"y": 2, "x": 0}
print({**d1, **d2}, {**d2, **d1}, {**d1, "z": 3}, dict(**d1, w=4))
print(*args, sep="|")
print(*[], "empty star")
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)), [*zip(*matrix)][0])
print(max(*args), min(*"zyx"))
