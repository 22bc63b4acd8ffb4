from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 95), Emp("dee", "ops", 90)]
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
print(max(staff, key=lambda e: e.salary).name, min(staff).name, sorted(staff)[-1])
by = {}
for e in staff:
    by.setdefault(e.dept, []).append(e.salary)
print({d: (len(v), sum(v), max(v)) for d, v in sorted(by.items())})
t = (3, 1, 2)
print(sorted(t), tuple(sorted(t)), t < (3, 1, 3), t == (3, 1, 2), (1, 2) + (3,), (0,) * 3, t.index(2), t.count(1))
a, (b, c) = 1, (2, 3)
print(a, b, c, divmod(17, 5), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print(Emp._fields, staff[0]._asdict(), staff[1]._replace(salary=100), Emp._make(["x", "y", 1]))
