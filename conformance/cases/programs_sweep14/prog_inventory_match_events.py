# An inventory processing event tuples with match, a dict subclass with
# __missing__ for stock, and an error report grouped by kind.
from collections import Counter


class Stock(dict):
    def __missing__(self, sku):
        return 0


def apply(stock, event):
    match event:
        case ("receive", str(sku), int(qty)) if qty > 0:
            stock[sku] += qty
        case ("ship", str(sku), int(qty)) if stock[sku] >= qty:
            stock[sku] -= qty
        case ("ship", str(sku), int(qty)):
            raise ValueError(f"cannot ship {qty} {sku}: only {stock[sku]}")
        case ("adjust", str(sku), int(delta)):
            stock[sku] = max(0, stock[sku] + delta)
        case ("receive" | "ship", _, qty):
            raise TypeError(f"bad quantity {qty!r}")
        case (kind, *_):
            raise KeyError(kind)


stock = Stock()
events = [("receive", "apple", 10), ("ship", "apple", 3), ("ship", "pear", 1), ("receive", "pear", "2"),
          ("adjust", "apple", -20), ("audit", "all"), ("receive", "kiwi", 5), ("ship", "kiwi", 5)]
problems = Counter()
for ev in events:
    try:
        apply(stock, ev)
    except (ValueError, TypeError, KeyError) as e:
        problems[type(e).__name__] += 1
        print(f"{ev!r:32} ! {type(e).__name__}: {e}")
    else:
        print(f"{ev!r:32} ok")
print(dict(stock), stock["none"], sorted(problems.items()))
