class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    interest = 0.0
    _next_id = 1000
    def __init__(self, owner, balance=0):
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
            raise ValueError("Deposit must be positive")
        self._balance += amount
        self.history.append(('dep', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('wd', amount))
        return self
    def __str__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}: ${self._balance:,.2f})"
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance!r})"
    def __lt__(self, other):
        return self._balance < other._balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    __hash__ = object.__hash__

class Savings(Account):
    interest = 0.025
    def add_interest(self):
        gained = round(self._balance * self.interest, 2)
        self.deposit(gained)
        return gained

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(('wd', amount))
        return self

accts = [Savings("Ann", 1200.50), Checking("Bob", 50), Account("Cy"), Savings("Di", 99999.999)]
for a in accts:
    print(a, repr(a), a.balance)
accts[2].deposit(10).deposit(20.5).withdraw(5)
for a, amt in [(accts[0], 2000), (accts[1], 120), (accts[1], 100), (accts[2], -1)]:
    try:
        a.withdraw(amt) if amt > 0 else a.deposit(amt)
        print("ok", a)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available, e.args)
    except ValueError as e:
        print("ValueError:", e)
for a in accts:
    if isinstance(a, Savings):
        print(a.owner, "interest", a.add_interest(), a)
print(sorted(accts))
print(max(accts), min(accts, key=lambda a: a.owner))
print([a.history for a in accts])
print(accts[0] == accts[0], accts[0] == accts[1], accts[0] != "x")
print([c.__name__ for c in (Savings, Checking)])
print(Checking.withdraw is Account.withdraw, Savings.withdraw is Account.withdraw)
total = sum(a.balance for a in accts)
print(f"Total: {total:>15,.2f}|{total:<15.1f}|{total:^+15.3e}|")
print("%-10s|%10.3f|%+d|%x|%o|%e" % ("name", total, 42, 255, 8, total))
