class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def transfer(self, other, amount):
        self.balance -= amount
        other.deposit(amount)


a = BankAccount("Ann", 100)
b = BankAccount("Bob")
a.transfer(b, 30)
print(a.balance, b.balance)
b.deposit(5, 10)
