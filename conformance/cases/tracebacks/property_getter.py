class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        return self._balanse
acct = Account(10)
print(acct.balance)
