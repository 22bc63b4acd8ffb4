class Field:
    def __init__(self, kind, required=True):
        self.kind = kind
        self.required = required

    def __set_name__(self, owner, name):
        self.name = name
        owner.__dict__.get("_fields_order", [])
        if not hasattr(owner, "_field_list") or "_field_list" not in owner.__dict__:
            owner._field_list = []
        owner._field_list.append(name)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"field {self.name!r} not set") from None

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name}: expected {self.kind.__name__}")
        obj.__dict__[self.name] = value


class Record:
    def __init__(self, **kw):
        for name in self._field_list:
            f = type(self).__dict__[name]
            if name in kw:
                setattr(self, name, kw.pop(name))
            elif f.required:
                raise TypeError(f"missing field {name!r}")
        if kw:
            raise TypeError(f"unknown fields {sorted(kw)}")

    def __repr__(self):
        vals = []
        for n in self._field_list:
            try:
                vals.append(f"{n}={getattr(self, n)!r}")
            except AttributeError:
                vals.append(f"{n}=<unset>")
        return f"{type(self).__name__}({', '.join(vals)})"


class Song(Record):
    title = Field(str)
    year = Field(int)
    rating = Field(float, required=False)


print(Song._field_list, Song(title="x", year=1999), Song(title="y", year=2000, rating=4.5))
for kw in [{"title": "x"}, {"title": 1, "year": 2}, {"title": "a", "year": 1, "genre": "pop"}]:
    try:
        Song(**kw)
    except TypeError as e:
        print("TypeError", e)
try:
    Song(title="q", year=1).rating
except AttributeError as e:
    print("AttributeError", e)
