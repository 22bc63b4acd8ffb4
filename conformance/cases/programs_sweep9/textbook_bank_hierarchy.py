class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._next += 1
        self.number = Account._next
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        return self
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"

class Savings(Account):
    rate = 0.02
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.rate), 2)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        return self

accts = [Savings("ann", 100), Checking("bob", 50), Account("cy")]
accts[0].deposit(50).add_interest()
accts[1].withdraw(120)
for a in accts:
    print(a, a.number, a.balance)
try:
    accts[2].withdraw(1)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    accts[2].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    accts[0].balance = 5
except AttributeError as e:
    print(e)
print(Savings.__name__, Savings.__qualname__)
print(isinstance(accts[1], Account), issubclass(Savings, Checking))
