# round() on an object without __round__, after one that has it.
class Rounded:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        return round(self.v, ndigits)


class Plain:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


print(round(Rounded(2.675), 2), round(Rounded(7.5)), float(Plain(3)))
print(round(Plain(1.25), 1))
