class BankError(Exception):
    """Base class for bank problems."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account} needs {needed:.2f} more")
        self.account = account
        self.needed = needed


class TransferFailed(BankError):
    pass


class Account:
    def __init__(self, name, balance=0.0):
        self.name = name
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.name, amount - self.balance)
        self.balance -= amount

    def deposit(self, amount):
        self.balance += amount


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as exc:
        raise TransferFailed(f"transfer {src.name}->{dst.name} of {amount} failed") from exc
    dst.deposit(amount)


alice = Account("alice", 120.0)
bob = Account("bob", 15.5)
transfer(alice, bob, 100)
print(alice.balance, bob.balance)
transfer(bob, alice, 50)
for acct in (alice, bob):
    print(acct.name, acct.balance)
transfer(alice, bob, 500)
