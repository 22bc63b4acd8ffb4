class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)


class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


o = Order(3, 5)
print(o.qty, o.price, o.total(), type(Order.qty).__name__)
try:
    o.qty = -1
except ValueError as e:
    print("ValueError", e)


class Constant:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype=None):
        return self.v


class Holder:
    c = Constant(10)


h = Holder()
print(h.c, Holder.c)
h.c = 5
print(h.c)
