import abc, functools, re, json
from typing import Any, Callable

class Field:
    _counter = 0
    def __init__(self, *, default=None, validators=(), coerce: Callable[[Any], Any] = None):
        self.default, self.validators, self.coerce = default, tuple(validators), coerce
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name, self.private = name, "_f_" + name
        owner._fields = [*getattr(owner, "_fields", []), name]
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if self.coerce is not None:
            try:
                value = self.coerce(value)
            except (TypeError, ValueError) as e:
                raise ValueError(f"{self.name}: cannot coerce {value!r}: {e}") from None
        for v in self.validators:
            v(self.name, value)
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name!r}")
    def __repr__(self):
        return f"<Field {getattr(self, 'name', '?')} #{self.order}>"

def positive(name, v):
    if v <= 0:
        raise ValueError(f"{name} must be positive, got {v}")
def matches(pattern):
    rx = re.compile(pattern)
    def check(name, v):
        if not rx.fullmatch(v):
            raise ValueError(f"{name} {v!r} does not match {pattern}")
    return check

class Model:
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
    def __init__(self, **kw):
        unknown = set(kw) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        for k, v in kw.items():
            setattr(self, k, v)
    def to_dict(self):
        return {f: getattr(self, f) for f in self._fields}
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.to_dict().items())})"
    def __eq__(self, other):
        return type(self) is type(other) and self.to_dict() == other.to_dict()
    __hash__ = None

class User(Model, table="people"):
    name = Field(validators=[matches(r"[A-Za-z][a-z]+")])
    age = Field(default=0, coerce=int, validators=[positive])
    email = Field(default="", coerce=str.lower)
class Admin(User):
    level = Field(default=1, coerce=int)

print(User._fields, Admin._fields, User.table, Admin.table, User.name, vars(User)["age"])
u = User(name="Ann", age="42", email="ANN@X.ORG")
print(u, u.to_dict(), u == User(name="Ann", age=42, email="ann@x.org"))
for kw in [dict(name="bob"), dict(name="Bo", age="x"), dict(name="Cy", age=-1), dict(nick="z"), dict(name="Di", age=3.9)]:
    try:
        print(User(**kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del u.name
except AttributeError as e:
    print("AttributeError", e)
try:
    hash(u)
except TypeError as e:
    print("TypeError", e)
a = Admin(name="Eve", level="3")
print(a, isinstance(a, User), json.dumps(a.to_dict()))

class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        self._c = 0.0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, lambda self, f: setattr(self, "celsius", (f - 32) * 5 / 9))
t = Temperature(25)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
class RO:
    x = property(lambda self: 1)
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del RO().x
except AttributeError as e:
    print("AttributeError", e)
class Lazy:
    @functools.cached_property
    def data(self):
        print("loading...")
        return [1, 2, 3]
lz = Lazy()
print(lz.data, lz.data, Lazy.data.__class__.__name__)
try:
    class Twice:
        @functools.cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"
print(Box[int], Box["x"], Box[int, str] if False else "")
