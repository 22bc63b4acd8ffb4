from functools import reduce, partial
from itertools import accumulate
import operator


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns)


inc = partial(operator.add, 1)
double = partial(operator.mul, 2)
square = lambda x: x * x
pipeline = compose(inc, double, square)
print([pipeline(x) for x in range(5)])
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a if a > b else b, [3, 9, 2]), reduce(operator.add, [], 0))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate("abc")))
print(list(map(str.upper, ["a", "b"])), list(filter(str.isdigit, "a1b22c3")), list(map(operator.neg, range(3))))
int_from_bin = partial(int, base=2)
print(int_from_bin("1011"), int_from_bin.func.__name__, int_from_bin.keywords, int_from_bin.args)
counts = reduce(lambda acc, w: {**acc, w: acc.get(w, 0) + 1}, "a b a c b a".split(), {})
print(counts)
flatten = lambda xss: reduce(operator.iconcat, xss, [])
print(flatten([[1, 2], [3], [], [4, 5]]))
print(sorted(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), list(map(len, ["bb", "a"])))
print(list(zip(range(3), map(square, range(3)))), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
