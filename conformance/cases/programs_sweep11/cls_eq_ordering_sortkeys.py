from functools import cmp_to_key


class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, code):
        self.rank, self.suit = code[0], code[1]
        if self.rank not in self.RANKS or self.suit not in self.SUITS:
            raise ValueError(f"bad card {code!r}")

    def __eq__(self, o):
        return (self.rank, self.suit) == (o.rank, o.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __lt__(self, o):
        return (self.RANKS.index(self.rank), self.suit) < (self.RANKS.index(o.rank), o.suit)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in "Ah 2c Td Ts 2h Kc".split()]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True)[:2])
print(sorted(hand, key=lambda c: (c.suit, Card.RANKS.index(c.rank))))


def by_suit_then_rank_desc(a, b):
    if a.suit != b.suit:
        return -1 if a.suit < b.suit else 1
    return Card.RANKS.index(b.rank) - Card.RANKS.index(a.rank)


print(sorted(hand, key=cmp_to_key(by_suit_then_rank_desc)))
print(Card("Ah") in hand, hand.index(Card("Td")), hand.count(Card("2c")), len(set(hand + [Card("Ah")])))
for bad in ["1h", "Ax", "A"]:
    try:
        Card(bad)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
