class Money:
    def __init__(self, cents):
        if cents < 0:
            raise ValueError("negative money")
        self.cents = cents
    @classmethod
    def parse(cls, s):
        dollars, cents = s.split(".")
        return cls(int(dollars) * 100 + int(cents))
print(Money.parse("3.50").cents)
Money.parse("-1.00")
