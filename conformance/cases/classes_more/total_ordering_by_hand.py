class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def _key(self):
        parts = list(self.parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other < self

    def __ge__(self, other):
        return not self < other


vs = [Version(s) for s in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.2.1"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2.0.0"), Version("1.2") < Version("1.10"))
print(Version("3") >= Version("2.9"), Version("1") <= Version("1.0"), Version("1") > Version("1.0.1"))
print(sorted(vs, reverse=True))
print(len(set(vs)))
try:
    Version("1") < 3
except TypeError as e:
    print("TypeError", e)


class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, code):
        self.rank, self.suit = code[0], code[1]

    def __repr__(self):
        return self.rank + self.suit

    def __lt__(self, other):
        return (self.RANKS.index(self.rank), self.SUITS.index(self.suit)) < (
            other.RANKS.index(other.rank), other.SUITS.index(other.suit))


hand = [Card(c) for c in "Kh 2c Ts As 2d 9h".split()]
print(sorted(hand), max(hand), min(hand))
print(Card("Ah") > Card("Kh"), Card("2c") > Card("2d"))
hand.sort(reverse=True)
print(hand)
