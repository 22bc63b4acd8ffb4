class Query:
    def __init__(self, table):
        self._table = table
        self._where = []
        self._order = None
        self._limit = None
        self._fields = ["*"]

    def select(self, *fields):
        if not fields:
            raise ValueError("select() needs at least one field")
        self._fields = list(fields)
        return self

    def where(self, cond, *params):
        if cond.count("?") != len(params):
            raise ValueError(f"{cond!r} expects {cond.count('?')} params, got {len(params)}")
        for p in params:
            cond = cond.replace("?", repr(p), 1)
        self._where.append(cond)
        return self

    def order_by(self, field, desc=False):
        self._order = f"{field} {'DESC' if desc else 'ASC'}"
        return self

    def limit(self, n):
        if not isinstance(n, int) or n < 0:
            raise TypeError(f"limit must be a non-negative int, not {n!r}")
        self._limit = n
        return self

    def __str__(self):
        sql = f"SELECT {', '.join(self._fields)} FROM {self._table}"
        if self._where:
            sql += " WHERE " + " AND ".join(self._where)
        if self._order:
            sql += f" ORDER BY {self._order}"
        if self._limit is not None:
            sql += f" LIMIT {self._limit}"
        return sql


print(Query("users"))
print(Query("users").select("id", "name").where("age > ?", 18).where("name = ?", "O'Neil").order_by("id", desc=True).limit(5))
for build in [lambda: Query("t").select(), lambda: Query("t").where("a = ? and b = ?", 1),
              lambda: Query("t").limit(-1), lambda: Query("t").limit(2.0)]:
    try:
        print(build())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
