from functools import total_ordering
from decimal import Decimal, ROUND_HALF_UP


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account = account
        self.amount = amount


@total_ordering
class Account:
    _next_id = 1000
    interest_rate = Decimal("0.025")

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self._balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = Decimal(value)

    @classmethod
    def from_csv(cls, line):
        owner, amount = line.split(",")
        return cls(owner.strip(), amount.strip())

    @staticmethod
    def validate(amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        return amount

    def deposit(self, amount):
        amount = self.validate(amount)
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        amount = self.validate(amount)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance += self._balance * self.interest_rate

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {str(self.balance)!r})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8} {self.balance:>10,.2f}"


class SavingsAccount(Account):
    interest_rate = Decimal("0.05")

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("savings accounts allow two withdrawals")
        return super().withdraw(amount)


accounts = [Account.from_csv(l) for l in ["alice, 1500.50", "bob, 20", "carol,  99999.999"]]
accounts.append(SavingsAccount("dave", "250"))
accounts[1].deposit("30.255").withdraw(10)
for a in accounts:
    a.add_interest()
    print(a)
print(sorted(accounts))
print(max(accounts).owner, accounts[0] >= accounts[1], accounts[1] == accounts[1], accounts[0] == 5)
try:
    accounts[1].withdraw("1000")
except InsufficientFunds as e:
    print("error:", e, "|", e.amount, type(e.account).__name__)
try:
    accounts[0].deposit("-5")
except ValueError as e:
    print("error:", e)
s = accounts[3]
for amt in ("1", "2", "3"):
    try:
        s.withdraw(amt)
    except PermissionError as e:
        print(type(e).__name__, e, e.args)
print(s.history, s.balance)
try:
    s.balance = -1
except ValueError as e:
    print(e)
s.balance = 7
print(repr(s), type(s).__name__)
print(Account.validate("3.10"), isinstance(s, Account), issubclass(SavingsAccount, Account))
