from functools import partialmethod, partial


class Cell:
    def __init__(self):
        self.alive = False
        self.history = []

    def set_state(self, state, reason="manual"):
        self.alive = state
        self.history.append((state, reason))

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, reason="auto")

    @classmethod
    def make(cls, n, tag):
        return [f"{cls.__name__}-{tag}-{i}" for i in range(n)]

    make_pair = partialmethod(make, 2)


c = Cell()
c.set_alive()
c.set_dead()
c.set_alive(reason="click")
print(c.alive, c.history)
print(Cell.make_pair("t"), c.make_pair("u"))
p = c.set_alive
print(type(p).__name__, p.args, p.keywords)


class Account:
    def __init__(self, balance):
        self.balance = balance

    def change(self, sign, amount):
        self.balance += sign * amount
        return self.balance

    deposit = partialmethod(change, 1)
    withdraw = partialmethod(change, -1)


a = Account(100)
print(a.deposit(50), a.withdraw(30), a.balance)
triple = partialmethod(lambda self, x, k: x * k, k=3)


class T:
    f = triple


print(T().f(4))
