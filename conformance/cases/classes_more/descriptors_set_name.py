class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        owner._typed_fields = getattr(owner, "_typed_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        if hasattr(obj, self.private):
            delattr(obj, self.private)


class Range(Typed):
    def __init__(self, lo, hi, default=None):
        super().__init__((int, float), default)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.public}={value} out of [{self.lo}, {self.hi}]")


class Product:
    name = Typed(str, "unnamed")
    price = Range(0, 10000, 0)
    qty = Range(0, 999, 1)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"


print(Product._typed_fields)
p = Product(name="pen", price=2.5)
print(p, p.__dict__)
for field, value in [("price", -1), ("name", 42), ("qty", 1000), ("qty", 12)]:
    try:
        setattr(p, field, value)
        print("set", field, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p)
del p.name
print(p.name, type(Product.price).__name__, Product.price.public)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    computed = 0

    def __init__(self, data):
        self.data = data

    @Lazy
    def total(self):
        Report.computed += 1
        return sum(self.data)


r = Report([1, 2, 3])
print(r.total, r.total, Report.computed, "total" in r.__dict__)


class Alias:
    def __init__(self, target):
        self.target = target

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.target)

    def __set__(self, obj, value):
        setattr(obj, self.target, value)


class Rect:
    width = Alias("w")

    def __init__(self, w):
        self.w = w


rr = Rect(3)
rr.width = 10
print(rr.w, rr.width)
