# A money type that plugs into round(), math.trunc/floor/ceil and int().
import math


class Money:
    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def of(cls, text):
        whole, _, frac = text.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(int(whole) * 100 + sign * int((frac + "00")[:2]))

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        step = 10 ** (2 - ndigits)
        return Money(round(self.cents / step) * step)

    def __trunc__(self):
        return int(self.cents / 100)

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __int__(self):
        return self.__trunc__()

    def __float__(self):
        return self.cents / 100


for text in ["12.50", "13.50", "-2.75", "0.49", "-0.51", "99.99"]:
    m = Money.of(text)
    print(f"{m!r:>8} round={round(m)!r:>4} round1={round(m, 1)!r:>8} trunc={math.trunc(m):>3} "
          f"floor={math.floor(m):>3} ceil={math.ceil(m):>3} int={int(m):>3} float={float(m)}")


class OnlyRound:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)


print(round(OnlyRound()), round(OnlyRound(), 3), round(OnlyRound(), None))
for fn in (math.trunc, math.floor, math.ceil, int, float):
    try:
        print(fn(OnlyRound()))
    except TypeError as e:
        print(f"{fn.__name__}: TypeError: {e}")
