class Field:
    def __init__(self, kind, *, minimum=None, choices=None):
        self.kind = kind
        self.minimum = minimum
        self.choices = choices

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {sorted(self.choices)}")
        setattr(obj, self.storage, value)


class Model:
    def __init__(self, **kw):
        for name in self._fields:
            if name in kw:
                setattr(self, name, kw.pop(name))
        if kw:
            raise TypeError(f"unexpected fields: {', '.join(sorted(kw))}")

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({body})"


class Product(Model):
    name = Field(str)
    price = Field((int, float).__class__ and float, minimum=0)
    qty = Field(int, minimum=0)
    size = Field(str, choices={"S", "M", "L"})


print(Product._fields, type(Product.__dict__["price"]).__name__)
p = Product(name="tee", price=9.5, qty=3, size="M")
print(p)
for field, value in [("price", -1.0), ("qty", "3"), ("size", "XL"), ("name", "shirt")]:
    try:
        setattr(p, field, value)
        print("set", field, "->", getattr(p, field))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Product(name="x", colour="red", weight=2)
except TypeError as e:
    print("TypeError", e)
print(Product(name="cap"), Product.name.storage, vars(p))
