class Query:
    def __init__(self, rows):
        self.rows = rows

    def where(self, **cond):
        return Query([r for r in self.rows if all(r.get(k) == v for k, v in cond.items())])

    def order_by(self, key):
        return Query(sorted(self.rows, key=lambda r: r[key]))

    def first(self):
        return self.rows[0] if self.rows else None

    def pluck(self, key):
        return [r[key] for r in self.rows]


people = Query([{"name": "ann", "age": 31, "city": "rome"},
                {"name": "bob", "age": 25, "city": "oslo"},
                {"name": "cy", "age": 40, "city": "rome"},
                {"name": "di", "city": "rome"}])
print(people.where(city="oslo").pluck("name"))
print(people.where(city="rome", age=40).first())
print(people.where(city="paris").first())
print(people.where(city="rome").order_by("age").pluck("name"))
