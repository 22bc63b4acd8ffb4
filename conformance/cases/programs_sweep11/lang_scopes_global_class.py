counter = 0
names = []


def bump():
    global counter
    counter += 1
    return counter


class Config:
    counter = 100
    values = [counter + i for i in range(3)] if False else None
    doubled = counter * 2

    def method(self):
        return counter, self.counter, Config.doubled


bump()
bump()
print(counter, Config().method(), Config.doubled)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()


print(outer())


def shadow():
    len = lambda s: 42
    return len("abc")


print(shadow(), len("abc"))
x = 10


def read_global():
    return x


def f_local():
    x = 5
    return read_global()


print(f_local())
gen = (counter for _ in range(2))
counter = 99
print(list(gen))
