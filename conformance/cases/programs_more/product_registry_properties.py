from collections import defaultdict
from operator import attrgetter, itemgetter, methodcaller
from functools import cmp_to_key

class Product:
    _registry = {}
    def __init__(self, code, name, price, stock=0):
        if code in Product._registry:
            raise ValueError(f"duplicate code {code}")
        self.code, self.name, self._price, self.stock = code, name, price, stock
        Product._registry[code] = self
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("price cannot be negative")
        self._price = round(value, 2)
    @price.deleter
    def price(self):
        raise AttributeError("can't delete price")
    @classmethod
    def lookup(cls, code):
        try:
            return cls._registry[code]
        except KeyError:
            raise LookupError(f"unknown product {code}") from None
    def __repr__(self):
        return f"<{self.code} {self.name} ${self.price:.2f} x{self.stock}>"

for row in [("P1", "bolt", 0.1, 500), ("P2", "nut", 0.05, 800), ("P3", "gear", 4.75, 12), ("P4", "chain", 12.0, 3)]:
    Product(*row)
try:
    Product("P1", "dup", 1)
except ValueError as e:
    print(e)
p = Product.lookup("P3")
p.price = 5.129
print(p, p.price)
try:
    p.price = -1
except ValueError as e:
    print("ValueError:", e)
try:
    del p.price
except AttributeError as e:
    print("AttributeError:", e)
try:
    Product.lookup("P9")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
prods = list(Product._registry.values())
print(sorted(prods, key=attrgetter("stock")))
print(sorted(prods, key=attrgetter("price", "name"), reverse=True)[:2])
print(list(map(attrgetter("name"), prods)))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y"))
def cmp(a, b):
    return (a.stock * a.price > b.stock * b.price) - (a.stock * a.price < b.stock * b.price)
print([x.code for x in sorted(prods, key=cmp_to_key(cmp))])
value = sum(x.price * x.stock for x in prods)
print(f"Total inventory value: {value:,.2f}")
orders = [("P1", 100), ("P2", 900), ("P4", 1), ("P3", 2), ("P9", 1)]
shortages = defaultdict(int)
for code, qty in orders:
    try:
        prod = Product.lookup(code)
    except LookupError as e:
        print("skip:", e)
        continue
    if prod.stock >= qty:
        prod.stock -= qty
    else:
        shortages[code] += qty - prod.stock
        prod.stock = 0
print(dict(shortages), itemgetter(0, 2)(prods))
print(getattr(p, "missing", "default"), hasattr(p, "price"), getattr(p, "name"))
