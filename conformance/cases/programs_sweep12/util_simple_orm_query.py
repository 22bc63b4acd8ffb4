class Field:
    def __init__(self, name=None):
        self.name = name

    def __set_name__(self, owner, name):
        self.name = name

    def __eq__(self, value):
        return Condition(self.name, "==", value)

    def __gt__(self, value):
        return Condition(self.name, ">", value)

    def __lt__(self, value):
        return Condition(self.name, "<", value)

    __hash__ = object.__hash__


class Condition:
    OPS = {"==": lambda a, b: a == b, ">": lambda a, b: a > b, "<": lambda a, b: a < b}

    def __init__(self, field, op, value):
        self.field, self.op, self.value = field, op, value

    def __call__(self, row):
        return self.OPS[self.op](row[self.field], self.value)

    def __and__(self, other):
        return Both(self, other)

    def __repr__(self):
        return f"{self.field} {self.op} {self.value!r}"


class Both(Condition):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __call__(self, row):
        return self.a(row) and self.b(row)

    def __repr__(self):
        return f"({self.a!r} AND {self.b!r})"


class Model:
    rows = []

    @classmethod
    def where(cls, cond):
        return [r for r in cls.rows if cond(r)]


class User(Model):
    name = Field()
    age = Field()
    city = Field()
    rows = [{"name": "ann", "age": 31, "city": "rome"}, {"name": "bob", "age": 17, "city": "oslo"},
            {"name": "cy", "age": 45, "city": "rome"}, {"name": "di", "age": 29, "city": "lima"}]


for cond in [User.city == "rome", User.age > 30, (User.age > 18) & (User.age < 40),
             (User.city == "rome") & (User.age < 40)]:
    print(f"{cond!r:<40}", [r["name"] for r in User.where(cond)])
print(User.name.name, type(User.age == 3).__name__, {User.name: 1}[User.name])
