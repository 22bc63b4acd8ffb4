class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be > 0, got {value}")


class Product:
    name = Typed(str, "?")
    price = Positive((int, float).__class__ and float)
    qty = Positive(int, 1)

    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"


p = Product("pen", 1.5, 3)
print(p, Product.name.slot, type(Product.__dict__["qty"]).__name__)
for attr, val in [("price", 2), ("price", -1.0), ("qty", 0), ("name", 5), ("qty", 7)]:
    try:
        setattr(p, attr, val)
        print("set", attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p)
try:
    del p.name
except AttributeError as e:
    print("AttributeError", e)
