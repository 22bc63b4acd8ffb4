from collections import Counter

stock = Counter(apple=10, pear=4, fig=0, kiwi=-2)
order = Counter(apple=3, pear=5, plum=1)
print(stock - order, order - stock, stock + order)
print(stock & order, stock | order)
remaining = stock.copy()
remaining.subtract(order)
print(remaining, sorted(remaining.elements())[:5], +remaining, -remaining)
print(stock.most_common(), stock.most_common(1), stock.total(), order.total())
c = Counter("mississippi")
print(c, list(c), c.most_common()[-1], sum(c.values()), c["z"])
c.update({"s": -4, "m": 2})
print(c, Counter(a=1) == Counter(a=1, b=0), Counter(a=2) <= Counter(a=3, b=1), dict(Counter("aab")))
