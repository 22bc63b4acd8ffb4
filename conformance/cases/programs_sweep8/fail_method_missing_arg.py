class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit()
    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds")
        self.balance -= amount
a = Account("ann", 100); b = Account("bob")
a.transfer(b, 30)
