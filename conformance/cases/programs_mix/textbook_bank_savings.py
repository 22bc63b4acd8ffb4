class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt; self.history.append(("dep", amt)); return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt; self.history.append(("wd", amt)); return self
    def __repr__(self): return f"Account({self.owner!r}, {self._balance:.2f})"
    def __lt__(self, other): return self._balance < other._balance
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        i = round(self._balance * self.rate, 2)
        self.deposit(i)
        return i
accts = [Account("ann", 100), Savings("bob", 250.5), Account("cy")]
accts[0].deposit(50).withdraw(30)
print(accts[1].add_interest(), accts[1])
for a, amt in [(accts[2], 10), (accts[0], 500)]:
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print(f"{a.owner}: {e} (short by {e.needed - e.available:.2f})")
try:
    accts[2].deposit(-5)
except ValueError as e:
    print("error:", e)
print(sorted(accts), max(accts).owner, [a.id for a in accts])
print(accts[0].history, f"{sum(a.balance for a in accts):,.2f}")
try:
    accts[0].balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(accts[1], Account), type(accts[1]).__name__, Savings.rate, accts[1].rate)
