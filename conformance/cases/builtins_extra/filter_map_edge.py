# filter and map: None/bool filters, several iterables, laziness, errors.
def show(label, f, *args, **kwargs):
    try:
        print(label, list(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0, 2.5])))
print(list(filter(bool, (0, 3, 0, 4))), list(filter(lambda x: x % 3 == 0, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(len, ["", "x", ""])))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3, 4], [5, 2])), list(map(str, range(3))))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")), list(map(len, [])))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(divmod, [7, 8], [2, 3])))
calls = []
def trace(x):
    calls.append(x)
    return x * 10
m = map(trace, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(None, iter([0, 1, 2]))
print(isinstance(f, filter), isinstance(m, map), iter(f) is f, next(f), list(f))
print(type(map).__name__, map.__name__, filter.__name__)
show("map one", map, len)
show("map none", map, None, [1])
show("map not iterable", map, len, 5)
show("map not iterable2", map, len, [1], 5)
show("map noargs", map)
show("map kw", map, len, [1], x=1)
show("map raises", map, int, ["1", "x"])
show("filter one", filter, None)
show("filter three", filter, None, [], [])
show("filter kw", filter, None, iterable=[])
show("filter not iterable", filter, None, 3)
show("filter not callable", filter, 3, [1])
