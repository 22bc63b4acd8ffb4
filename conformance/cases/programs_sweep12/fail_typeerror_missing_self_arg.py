class Temperature:
    def __init__(self, c):
        self.c = c

    def to_f(self):
        return self.c * 9 / 5 + 32

    def compare(self, other):
        return self.c - other.c


t = Temperature(20)
print(t.to_f(), Temperature.to_f(t))
print(t.compare(Temperature(15)))
print(Temperature.compare(t))
