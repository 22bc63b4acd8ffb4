class Model:
    _fields = ()

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if table is None:
            table = cls.__name__.lower() + "s"
        cls.table = table
        anns = cls.__dict__.get("__annotations__", {})
        cls._fields = tuple(cls._fields) + tuple(anns)
        for name in anns:
            if name.startswith("_"):
                raise TypeError(f"{cls.__name__}: field {name!r} must not start with '_'")

    def __init__(self, **values):
        missing = [f for f in self._fields if f not in values]
        if missing:
            raise TypeError(f"{type(self).__name__} missing {', '.join(missing)}")
        extra = set(values) - set(self._fields)
        if extra:
            raise TypeError(f"{type(self).__name__} got unknown {', '.join(sorted(extra))}")
        self.__dict__.update(values)

    def __repr__(self):
        vals = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({vals}) in {self.table}"


class User(Model):
    name: str
    email: str


class Admin(User, table="staff"):
    level: int


print(User(name="a", email="a@x"), Admin(name="r", email="r@x", level=3), Admin._fields)
for kw in [{"name": "x"}, {"name": "x", "email": "e", "age": 3}]:
    try:
        User(**kw)
    except TypeError as e:
        print("TypeError", e)
try:
    class Bad(Model):
        _hidden: int
except TypeError as e:
    print("TypeError", e)
print(Model.table if hasattr(Model, "table") else "no table", User.table)
