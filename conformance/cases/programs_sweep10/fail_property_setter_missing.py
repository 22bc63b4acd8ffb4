class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        self.balance += amt
a = Account("ann", 10)
print(a.balance)
a.deposit(5)
