# Descriptors that learn their name with __set_name__ and validate fields.
class Field:
    def __init__(self, kind, *, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.storage)
        except AttributeError:
            raise AttributeError(f"{type(obj).__name__}.{self.name} is not set") from None

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print(f"deleting {self.name}")
        delattr(obj, self.storage)


class Product:
    name = Field(str)
    price = Field(float, minimum=0.0)
    stock = Field(int, minimum=0)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return "Product(" + ", ".join(f"{f}={getattr(self, f, '?')!r}" for f in self._fields) + ")"


print(Product._fields, Product.price.storage, type(Product.__dict__["stock"]).__name__)
p = Product(name="lamp", price=19.5, stock=3)
print(p, vars(p))
for field, value in [("price", -1.0), ("stock", "many"), ("name", 3), ("stock", 0)]:
    try:
        setattr(p, field, value)
        print("set", field, "->", getattr(p, field))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
del p.stock
try:
    p.stock
except AttributeError as e:
    print("AttributeError:", e)
print(p)
