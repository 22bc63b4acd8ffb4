class Mod:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)

    def __pow__(self, exp, mod=None):
        return ("pow", self.v, exp, mod)


m = Mod(7)
print(m ** 2, pow(m, 2))
print(divmod(m, 3))
print(divmod(10, m))
print(pow(m, 2, 5))
