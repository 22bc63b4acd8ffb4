class Field:
    _counter = 0
    def __init__(self, *, default=None, required=False):
        self.default, self.required = default, required
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
    def validate(self, value):
        return value
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)
    def __set__(self, obj, value):
        obj._values[self.name] = self.validate(value)
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class IntField(Field):
    def __init__(self, *, min=None, **kw):
        super().__init__(**kw); self.min = min
    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.name}: expected int, got {type(value).__name__}")
        if self.min is not None and value < self.min:
            raise ValueError(f"{self.name}: {value} < {self.min}")
        return value
class StrField(Field):
    def validate(self, value):
        return str(value).strip()
class Model:
    __slots__ = ("_values",)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        fields = dict(getattr(cls, "_fields", {}))
        for k, v in vars(cls).items():
            if isinstance(v, Field):
                fields[k] = v
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
    def __init__(self, **kw):
        self._values = {}
        unknown = set(kw) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
        for name, f in self._fields.items():
            if name in kw:
                setattr(self, name, kw[name])
            elif f.required:
                raise TypeError(f"missing required field {name!r}")
    def __repr__(self):
        body = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({body})"
    def __eq__(self, other):
        return type(self) is type(other) and self._values == other._values
class User(Model):
    __slots__ = ()
    name = StrField(required=True)
    age = IntField(min=0, default=0)
class Admin(User):
    __slots__ = ()
    level = IntField(min=1, default=1)
print(User(name="  ann "), Admin(name="root", level=3), User._fields, list(Admin._fields))
print(User(name="x") == User(name="x "), User(name="x") == Admin(name="x"), User.age)
for kw in [dict(age=3), dict(name="a", age=-1), dict(name="a", age="3"), dict(name="a", age=True), dict(name="a", email="e")]:
    try:
        print(User(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
u = User(name="bo")
try:
    u.extra = 1
except AttributeError as e:
    print("AttributeError", e)
