class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def balance(self):
        return self.balance

    @balance.setter
    def balance(self, v):
        self._balance = v


a = Account(10)
print(a._balance)
print(a.balance)
