from abc import ABC, abstractmethod
from decimal import Decimal, ROUND_HALF_UP


def money(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Discount(ABC):
    @abstractmethod
    def apply(self, order): ...

    def __repr__(self):
        return type(self).__name__


class NoDiscount(Discount):
    def apply(self, order):
        return Decimal(0)


class Percentage(Discount):
    def __init__(self, pct):
        self.pct = Decimal(pct)

    def apply(self, order):
        return money(order.subtotal * self.pct / 100)

    def __repr__(self):
        return f"Percentage({self.pct}%)"


class BulkItem(Discount):
    def apply(self, order):
        return money(sum(l.total * Decimal("0.1") for l in order.lines if l.qty >= 10))


class BestOf(Discount):
    def __init__(self, *strategies):
        self.strategies = strategies

    def apply(self, order):
        return max(s.apply(order) for s in self.strategies)


class Line:
    def __init__(self, sku, qty, price):
        self.sku, self.qty, self.price = sku, qty, Decimal(price)

    @property
    def total(self):
        return self.qty * self.price


class Order:
    def __init__(self, customer, lines, discount=NoDiscount()):
        self.customer, self.lines, self.discount = customer, lines, discount

    @property
    def subtotal(self):
        return sum((l.total for l in self.lines), Decimal(0))

    def due(self):
        return money(self.subtotal - self.discount.apply(self))

    def __str__(self):
        return f"<Order {self.customer}: subtotal {self.subtotal:.2f} - {self.discount!r} = {self.due()}>"


cart = [Line("banana", 4, "0.5"), Line("apple", 10, "1.5"), Line("melon", 5, "5.0")]
big = [Line(str(i), 1, "10.0") for i in range(10)]
for d in [NoDiscount(), Percentage(5), BulkItem(), BestOf(Percentage("7.5"), BulkItem())]:
    print(Order("ann", cart, d))
    print(Order("bob", big, d))
try:
    Discount()
except TypeError as e:
    print("TypeError:", e)
