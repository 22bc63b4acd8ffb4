# Ranking students: stable multi-key sorts, groupby, zip, enumerate and dict comprehensions.
from itertools import groupby
from operator import itemgetter, attrgetter
from collections import namedtuple

Student = namedtuple("Student", "name house score age")
rows = """ann,red,91,17
bob,blue,78,18
cy,red,91,16
dee,green,85,17
eve,blue,99,17
fay,green,85,18
gus,red,60,17""".splitlines()
students = [Student(n, h, int(s), int(a)) for n, h, s, a in (r.split(",") for r in rows)]
by_score = sorted(students, key=attrgetter("score"), reverse=True)
rank, prev = 0, None
for i, s in enumerate(by_score, 1):
    if s.score != prev:
        rank, prev = i, s.score
    print(f"{rank:>2}. {s.name:<4} {s.score}")
stable = sorted(sorted(students, key=attrgetter("name")), key=attrgetter("house"))
print([s.name for s in stable])
print([s.name for s in sorted(students, key=lambda s: (-s.score, s.age, s.name))])
for house, group in groupby(sorted(students, key=attrgetter("house")), key=attrgetter("house")):
    g = list(group)
    print(house, len(g), sum(s.score for s in g) / len(g), max(g, key=attrgetter("score")).name)
avg = {h: round(sum(s.score for s in students if s.house == h) / sum(1 for s in students if s.house == h), 2)
       for h in sorted({s.house for s in students})}
print(avg)
names, scores = zip(*[(s.name, s.score) for s in students])
print(names, scores, dict(zip(names, scores))["eve"])
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0)), list(map(itemgetter(0), students[:3])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[r[i] for r in matrix] for i in range(3)])
print(sorted("Banana apple Cherry".split(), key=str.casefold), sorted([3, -1, 2], key=abs, reverse=True))
print(min(students, key=attrgetter("age", "name")).name, any(s.score == 100 for s in students),
      all(s.age >= 16 for s in students))
