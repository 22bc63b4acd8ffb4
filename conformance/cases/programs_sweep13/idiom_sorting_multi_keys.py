from operator import itemgetter, attrgetter
from functools import cmp_to_key
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary age")
staff = [Emp("ann", "eng", 120, 34), Emp("bob", "ops", 90, 45), Emp("cy", "eng", 120, 29),
         Emp("dee", "ops", 95, 38), Emp("eve", "eng", 150, 41), Emp("fay", "hr", 70, 50)]
print([e.name for e in sorted(staff, key=attrgetter("dept", "name"))])
print([e.name for e in sorted(staff, key=lambda e: (e.dept, -e.salary, e.age))])
print([(e.name, e.salary) for e in sorted(staff, key=itemgetter(2), reverse=True)[:3]])
s = sorted(staff, key=attrgetter("age"))
s.sort(key=attrgetter("dept"))
print([e.name for e in s])


def by_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=str.lower, reverse=True), min(words, key=len), max(words, key=lambda w: w[-1]))
data = {"b": 2, "a": 3, "c": 1}
print(sorted(data), sorted(data, key=data.get), sorted(data.items(), key=itemgetter(1, 0)))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3, 1}), sorted([(1, "b"), (1, "a")]))
