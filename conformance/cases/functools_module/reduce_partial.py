# functools.reduce and functools.partial.
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 7), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(reduce(operator.add, [], "empty"), reduce(operator.add, ["only"]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(1, [1, 2]),
            lambda: reduce(operator.add, 5), lambda: reduce(), lambda: reduce(len),
            lambda: reduce(operator.add, [1], 0, 9)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

to_binary = partial(int, base=2)
print(to_binary("1011"), to_binary("111", base=8))
print(repr(to_binary), to_binary.func is int, to_binary.args, to_binary.keywords)

def power(base, exponent, *, mod=None):
    return pow(base, exponent, mod)
square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, mod=7)
print(square(9), cube_mod(4), [square(v) for v in range(5)])
add3 = partial(operator.add, 3)
print(list(map(add3, [1, 2, 3])), add3.args)
nested = partial(partial(print, "a", sep="-"), "b", end="!\n")
nested("c")
print(nested.func is print, nested.args, nested.keywords)
print(repr(partial(max, 1, key=abs)), repr(partial(sorted, reverse=True)))
print(callable(square), type(square).__name__)
for bad in [lambda: partial(), lambda: partial(1), lambda: square()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
