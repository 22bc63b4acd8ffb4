class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise TypeError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"


wallet = [Money(150), Money(275), Money(1000)]
total = Money(0)
for m in wallet:
    total = total + m
print(total)
total = total + Money(500, "USD")
