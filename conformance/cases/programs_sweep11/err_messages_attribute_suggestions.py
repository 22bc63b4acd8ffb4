class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, x):
        self.balance += x


a = Account()
for name in ["balanse", "deposite", "Balance", "xyz", "__len__"]:
    try:
        getattr(a, name)
    except AttributeError as e:
        print("AttributeError", e)
for expr in [lambda: a.balanse, lambda: [].apend(1), lambda: "s".uper(), lambda: {}.iteritems(), lambda: (1).bitlength()]:
    try:
        expr()
    except AttributeError as e:
        print("AttributeError", e, "| name:", e.name)
try:
    undefined_variabl = 1
    print(undefined_variable)
except NameError as e:
    print("NameError", e, "| name:", e.name)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print("AttributeError", e)
