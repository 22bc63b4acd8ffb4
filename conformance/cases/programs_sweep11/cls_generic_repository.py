class NotFoundError(LookupError):
    pass


class Repository:
    def __init__(self, kind):
        self.kind = kind
        self._rows = {}
        self._next = 1

    def add(self, **fields):
        row = {"id": self._next, **fields}
        self._rows[self._next] = row
        self._next += 1
        return row["id"]

    def get(self, rid):
        try:
            return self._rows[rid]
        except KeyError:
            raise NotFoundError(f"{self.kind} #{rid} not found") from None

    def find(self, **criteria):
        return [r for r in self._rows.values() if all(r.get(k) == v for k, v in criteria.items())]

    def update(self, rid, **changes):
        row = self.get(rid)
        unknown = set(changes) - set(row)
        if unknown:
            raise KeyError(f"unknown fields: {', '.join(sorted(unknown))}")
        row.update(changes)
        return row

    def delete(self, rid):
        self.get(rid)
        del self._rows[rid]

    def __len__(self):
        return len(self._rows)

    def __iter__(self):
        return iter(sorted(self._rows.values(), key=lambda r: r["id"]))


users = Repository("user")
a = users.add(name="ann", role="admin")
b = users.add(name="bob", role="dev")
c = users.add(name="cy", role="dev")
print(len(users), users.get(b), [u["name"] for u in users.find(role="dev")])
print(users.update(c, role="lead"))
users.delete(a)
print(list(users))
for act in [lambda: users.get(a), lambda: users.update(b, email="x"), lambda: users.delete(99)]:
    try:
        act()
    except (NotFoundError, KeyError) as e:
        print(type(e).__name__, e)
print(issubclass(NotFoundError, LookupError), users.find(name="zed"), users.find())
