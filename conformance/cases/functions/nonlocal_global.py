# global and nonlocal statements.
total = 0
calls = 0


def add(n):
    global total, calls
    total += n
    calls += 1


for v in (5, 10, 20):
    add(v)
print(total, calls)


def set_new_global():
    global created_later
    created_later = "made inside a function"


set_new_global()
print(created_later)


def outer():
    level = 1

    def middle():
        nonlocal level
        level += 1

        def inner():
            nonlocal level
            level *= 10
        inner()
    middle()
    middle()
    return level


print(outer())
x = "global x"


def shadow():
    x = "local x"
    return x


print(shadow(), x)


def read_global():
    return x.upper()


print(read_global())


def bank():
    balance = 100

    def deposit(n):
        nonlocal balance
        balance += n

    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient")
        balance -= n

    def get():
        return balance
    return deposit, withdraw, get


dep, wd, get = bank()
dep(50)
wd(30)
try:
    wd(1000)
except ValueError as e:
    print("ValueError", e)
print(get())
