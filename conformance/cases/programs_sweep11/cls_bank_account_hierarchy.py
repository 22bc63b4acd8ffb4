class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available

    def __str__(self):
        return f"need {self.needed:.2f}, have {self.available:.2f}"


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:.2f})"


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        self.deposit(round(self._balance * self.rate, 2))


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(("wd", amount))


accts = [Savings("ann", 500), Checking("bob", 50), Account("cy")]
accts[0].add_interest()
accts[1].withdraw(120)
for a in accts:
    print(a, a.id, a.history)
try:
    accts[2].withdraw(10)
except InsufficientFunds as e:
    print("error:", e, e.args, repr(e))
try:
    accts[2].deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    accts[0].balance = 3
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(accts[0], Account), issubclass(Checking, Savings))
