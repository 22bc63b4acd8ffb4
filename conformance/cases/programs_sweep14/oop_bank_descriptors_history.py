# Bank accounts: a class-level counter, a validated property, __str__ vs
# __repr__, class and static methods, and an audit history.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = 0
        self.history = []
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self.history.append((self._balance, value))
        self._balance = value

    @classmethod
    def joint(cls, a, b):
        return cls(f"{a.owner}&{b.owner}", a.balance + b.balance)

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)

    def withdraw(self, amount):
        total = amount + self.fee(amount)
        if total > self.balance:
            raise InsufficientFunds(total, self.balance)
        self.balance -= total
        return total

    def __str__(self):
        return f"{self.owner}: {self.balance}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"


a, b = Account("ann", 500), Account("bob", 50)
print(a, repr(b), a.id, b.id)
print(a.withdraw(250), a.history)
try:
    b.withdraw(60)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.needed, e.available)
try:
    b.balance = -5
except ValueError as e:
    print("ValueError:", e)
j = Account.joint(a, b)
print(j, j.id, Account.fee(12345), a.fee(5))
print([str(x) for x in sorted([a, b, j], key=lambda acc: acc.balance)])
