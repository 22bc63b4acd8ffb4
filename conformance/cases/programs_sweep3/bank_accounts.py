# A bank-account class hierarchy with custom exceptions and a statement.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.amount = amount

class FrozenAccount(RuntimeError):
    pass

class Account:
    _next_id = 1000
    rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.frozen = False
        Account._next_id += 1
        self.number = Account._next_id

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._check()
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def overdraft(self):
        return 0

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"

    def __lt__(self, other):
        return self.balance < other.balance

class Savings(Account):
    rate = 0.045

class Checking(Account):
    def __init__(self, owner, balance=0.0, limit=200):
        super().__init__(owner, balance)
        self.limit = limit

    def overdraft(self):
        return self.limit

accounts = [Savings("ann", 1500), Checking("bob", 120), Account("cy"), Checking("dee", 50, limit=0)]
ops = [(0, "withdraw", 200), (1, "withdraw", 300), (1, "withdraw", 100), (2, "deposit", -5),
       (2, "deposit", 75.5), (3, "withdraw", 51), (0, "deposit", 10)]
for idx, op, amount in ops:
    acct = accounts[idx]
    try:
        getattr(acct, op)(amount)
        print(f"{op:>8} {amount:>7.2f} -> {acct}")
    except InsufficientFunds as e:
        print("refused:", e, "| short by", f"{e.amount - acct.balance:.2f}")
    except ValueError as e:
        print("bad input:", e)
accounts[2].frozen = True
try:
    accounts[2].deposit(1)
except FrozenAccount as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
for a in accounts:
    a.month_end()
print(sorted(accounts))
print(max(accounts).owner, min(accounts, key=lambda a: a.number).number)
for a in accounts:
    print(f"{a.number} {a.owner:<4} {a.balance:>10,.2f} {len(a.history)} ops", a.history[-1:] or "-")
print(issubclass(Checking, Account), Savings.rate, Account.rate)
