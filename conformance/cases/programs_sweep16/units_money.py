from decimal import Decimal, ROUND_HALF_UP, ROUND_FLOOR, getcontext, localcontext
from fractions import Fraction
import math, operator, functools, re

RATES = {"USD": Decimal("1"), "EUR": Decimal("0.9215"), "JPY": Decimal("149.87"), "GBP": Decimal("0.7893")}
EXP = {"USD": 2, "EUR": 2, "JPY": 0, "GBP": 2}

@functools.total_ordering
class Money:
    __slots__ = ("amount", "cur")
    def __init__(self, amount, cur="USD"):
        q = Decimal(1).scaleb(-EXP[cur])
        self.amount = Decimal(amount).quantize(q, ROUND_HALF_UP)
        self.cur = cur
    def to(self, cur):
        return Money(self.amount / RATES[self.cur] * RATES[cur], cur)
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.amount + o.to(self.cur).amount, self.cur)
        return NotImplemented
    __radd__ = lambda self, o: self if o == 0 else self.__add__(o)
    def __mul__(self, k):
        return Money(self.amount * Decimal(str(k)), self.cur)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Money) and self.to("USD").amount == o.to("USD").amount
    def __lt__(self, o):
        return self.to("USD").amount < o.to("USD").amount
    def __hash__(self):
        return hash(self.to("USD").amount)
    def allocate(self, ratios):
        total = sum(ratios)
        unit = Decimal(1).scaleb(-EXP[self.cur])
        shares = [(self.amount * r / total).quantize(unit, ROUND_FLOOR) for r in ratios]
        rem = int((self.amount - sum(shares)) / unit)
        for i in range(rem):
            shares[i] += unit
        return [Money(s, self.cur) for s in shares]
    def __repr__(self):
        return f"Money('{self.amount}', '{self.cur}')"
    def __format__(self, spec):
        sym = {"USD": "$", "EUR": "€", "JPY": "¥", "GBP": "£"}[self.cur]
        return f"{sym}{self.amount:{spec or ','}}"

a, b, c = Money("19.999"), Money("10", "EUR"), Money(1500, "JPY")
print(a, b, c, a + b, b + a, c + a, sum([a, b, c]), 3 * a, a * 0.1)
print(sorted([a, b, c]), max(a, b, c), a == Money("20.00"), len({a, Money("20")}))
print(f"{a} | {b:>12,.2f} | {c} | {Money('1234567.891'):,.2f}")
print(Money("100").allocate([1, 1, 1]), Money("0.05").allocate([3, 7]), Money(1000, "JPY").allocate([1, 2, 3, 4]))
print([m.to("GBP") for m in (a, b, c)])
try:
    Money("1", "XYZ")
except KeyError as e:
    print("KeyError", e)
try:
    a + 5
except TypeError as e:
    print("TypeError", e)
try:
    a < 5
except AttributeError as e:
    print("AttributeError", e)
def parse_money(s):
    m = re.fullmatch(r"\s*([$€¥£])?\s*(-?[\d,]*\.?\d+)\s*([A-Z]{3})?\s*", s)
    if not m:
        raise ValueError(f"cannot parse {s!r}")
    cur = m[3] or {"$": "USD", "€": "EUR", "¥": "JPY", "£": "GBP", None: "USD"}[m[1]]
    return Money(m[2].replace(",", ""), cur)
for s in ["$1,234.50", "€ 99", "500 JPY", "12", "£-3.333", "abc", "1.2.3"]:
    try:
        print(s, "->", repr(parse_money(s)))
    except ValueError as e:
        print("ValueError", e)
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7), (Decimal(2).sqrt() ** 2))
print(Fraction(Decimal("0.1")) * 3 == Fraction(3, 10), float(sum(Fraction(1, n) for n in range(1, 11))), math.fsum(1 / n for n in range(1, 11)))
compound = functools.reduce(lambda acc, r: acc * (1 + r), [Decimal("0.05"), Decimal("0.03"), Decimal("-0.02")], Decimal(1000))
print(compound, compound.quantize(Decimal("0.01")), f"{compound:.2f}", f"{float(compound):.2f}", round(compound, 1))
