class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __add__(self, other):
        if self.cur != other.cur:
            raise ValueError(f"currency mismatch: {self.cur} vs {other.cur}")
        return Money(self.amount + other.amount, self.cur)
    def __radd__(self, other):
        if other == 0:
            return self
        return self + other
    def __repr__(self):
        return f"{self.amount} {self.cur}"

wallet = [Money(5, "EUR"), Money(7, "EUR")]
print(sum(wallet))
wallet.append(Money(1, "USD"))
print(sum(wallet))
