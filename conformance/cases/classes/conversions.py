class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __index__(self):
        return self.cents

    def __round__(self, n=None):
        return round(self.cents / 100, n)


m = Money(1234)
print(int(m), float(m), hex(m), bin(Money(5)), [0, 1, 2, 3, 4, 5, 6][Money(2)])
print(range(10)[Money(3)], "abcdef"[Money(1):Money(3)])


class BadIndex:
    def __index__(self):
        return 1.5


try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError", e)


class BadInt:
    def __int__(self):
        return "no"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print("TypeError", e)
