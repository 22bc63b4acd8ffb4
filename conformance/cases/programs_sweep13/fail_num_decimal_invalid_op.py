from decimal import Decimal, getcontext, Inexact, InvalidOperation


def parse_amounts(texts):
    return [Decimal(t.replace(",", "")) for t in texts]


amounts = parse_amounts(["1,200.50", "99.99", "0.01"])
print(sum(amounts), max(amounts))
ctx = getcontext()
ctx.traps[Inexact] = True
try:
    Decimal(1) / Decimal(3)
except Inexact:
    print("inexact trapped")
ctx.traps[Inexact] = False
print(parse_amounts(["12.5", "n/a"]))
