import operator
from functools import reduce

records = [{"name": "ann", "age": 31, "city": "Oslo"}, {"name": "bob", "age": 25, "city": "Rome"},
           {"name": "cy", "age": 31, "city": "Lima"}]
print([r["name"] for r in sorted(records, key=operator.itemgetter("age", "name"))])
getter = operator.itemgetter("city", "name")
print(list(map(getter, records)), operator.itemgetter(slice(1, 3))("abcd"), operator.itemgetter(-1)([1, 2]))


class P:
    def __init__(self, name, addr):
        self.name, self.addr = name, addr


class A:
    def __init__(self, city):
        self.city = city


people = [P("x", A("Rome")), P("y", A("Berlin"))]
print(sorted(map(operator.attrgetter("addr.city"), people)), operator.attrgetter("name", "addr.city")(people[0]))
print(reduce(operator.mul, [1, 2, 3, 4]), reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(operator.concat, ["a", "b"]))
print(operator.add(1, 2), operator.neg(5), operator.not_(0), operator.truth([]), operator.contains("abc", "b"),
      operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.is_(None, None), operator.pow(2, 5))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.methodcaller("split", ",", 1)("a,b,c"), operator.iadd([1], [2]))
try:
    operator.itemgetter("missing")(records[0])
except KeyError as e:
    print("KeyError", e)
try:
    operator.attrgetter("addr.zip")(people[0])
except AttributeError as e:
    print("AttributeError", e)
