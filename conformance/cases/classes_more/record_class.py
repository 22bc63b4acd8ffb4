class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} positional arguments")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"duplicate value for {k!r}")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing {', '.join(missing)}")
        for k in self.fields:
            setattr(self, k, values[k])

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()

    def __hash__(self):
        return hash(self.astuple())

    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def asdict(self):
        return {f: getattr(self, f) for f in self.fields}

    def replace(self, **changes):
        d = self.asdict()
        d.update(changes)
        return type(self)(**d)


class Employee(Record):
    fields = ("name", "dept", "salary")


class Point3(Record):
    fields = ("x", "y", "z")


e = Employee("Ann", "eng", 120)
print(e, e.asdict(), e.astuple())
e2 = e.replace(salary=130)
print(e2, e == e2, e == Employee(name="Ann", dept="eng", salary=120))
print(Point3(1, 2, 3) == Employee(1, 2, 3), len({Point3(0, 0, 0), Point3(0, 0, 0)}))
for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {"y": 2}), ((1, 2), {"x": 5, "z": 3}), ((), {"w": 1})]:
    try:
        print(Point3(*args, **kwargs))
    except TypeError as err:
        print("TypeError", err)
staff = [Employee("Bo", "ops", 90), e2, Employee("Cy", "eng", 110), Employee("Di", "ops", 95)]
by_dept = {}
for s in staff:
    by_dept.setdefault(s.dept, []).append(s)
for dept in sorted(by_dept):
    members = sorted(by_dept[dept], key=lambda r: -r.salary)
    print(dept, [m.name for m in members], sum(m.salary for m in members))
x, y, z = Point3(7, 8, 9).astuple()
print(x + y + z)
