class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.shortfall = amount - account.balance


class Account:
    _next = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = f"AC{Account._next:03d}"
        Account._next += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner}, {self.balance})"


class Savings(Account):
    rate_bp = 150  # basis points per month

    def month_end(self):
        interest = self.balance * self.rate_bp // 10000
        if interest:
            self.deposit(interest)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def month_end(self):
        if self.balance < 0:
            self.balance -= 25
            self.history.append(("fee", 25))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, *args):
        acct = kind(*args)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
s = bank.open(Savings, "ann", 1000)
c = bank.open(Checking, "bob", 50)
p = bank.open(Account, "cid")
ops = [
    ("transfer", "AC001", "AC002", 200), ("transfer", "AC002", "AC003", 300),
    ("transfer", "AC002", "AC001", 100), ("transfer", "AC003", "AC001", 500),
    ("deposit", "AC003", -5), ("deposit", "AC003", 40), ("transfer", "AC009", "AC001", 1),
]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        else:
            bank.accounts[op[1]].deposit(op[2])
        print("ok  ", op)
    except InsufficientFunds as e:
        print("fail", op, "|", e, "| short", e.shortfall)
    except (ValueError, KeyError) as e:
        print("err ", op, type(e).__name__, e)
for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
    print("month", month, list(bank.accounts.values()), bank.total())
for acct in bank.accounts.values():
    print(acct.number, acct.history)
