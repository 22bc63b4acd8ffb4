class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed:.2f} more")
        self.account = account


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount


acct = Account("kim", 100.0)
for amount in (30, 45.5, 20, 10):
    acct.withdraw(amount)
    print(f"withdrew {amount}, balance {acct.balance:.2f}")
