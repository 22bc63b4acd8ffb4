import operator
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "&": operator.and_,
       "|": operator.or_, "^": operator.xor, "<<": operator.lshift, ">>": operator.rshift}
for sym, fn in OPS.items():
    print(f"17 {sym:>2} 5 = {fn(17, 5)}")
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 105), Emp("di", "ops", 95)]
print(sorted(staff, key=attrgetter("dept", "salary")))
print(list(map(itemgetter(0, 2), staff)), itemgetter(slice(1, 3))("abcdef"))
print(list(map(methodcaller("replace", "a", "A"), ["banana", "car"])))
print(attrgetter("real", "imag")(3 + 4j), operator.index(7), operator.length_hint(iter(range(9))))
print(operator.concat([1], [2]), operator.contains("team", "ea"), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("hello", "l"), operator.neg(5), operator.not_(0), operator.truth([]))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.is_(None, None), operator.is_not(1, None))
x = [1]
x = operator.iadd(x, [2])
print(x, operator.iconcat([0], [9]), operator.ipow(2, 10), operator.matmul.__name__)
