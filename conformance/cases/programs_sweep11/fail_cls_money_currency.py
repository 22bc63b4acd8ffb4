class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur

    def __add__(self, other):
        if self.cur != other.cur:
            raise ValueError(f"cannot add {other.cur} to {self.cur}")
        return Money(self.amount + other.amount, self.cur)

    def __repr__(self):
        return f"{self.amount} {self.cur}"


wallet = [Money(5, "USD"), Money(7, "USD"), Money(3, "EUR")]
total = wallet[0]
for m in wallet[1:]:
    total = total + m
    print(total)
