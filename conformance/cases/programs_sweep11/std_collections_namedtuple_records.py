from collections import namedtuple

Row = namedtuple("Row", ["date", "symbol", "qty", "price"])
raw = """2024-01-02,AAPL,10,185.5
2024-01-02,MSFT,5,370.1
2024-01-03,AAPL,-4,184.0
2024-01-04,GOOG,2,138.25
2024-01-05,MSFT,-5,375.0"""
rows = [Row(d, s, int(q), float(p)) for d, s, q, p in (line.split(",") for line in raw.splitlines())]
print(rows[0], rows[0].symbol, rows[0][2], len(rows[0]))
pos = {}
cash = 0.0
for r in rows:
    pos[r.symbol] = pos.get(r.symbol, 0) + r.qty
    cash -= r.qty * r.price
print(pos, round(cash, 2))
print(max(rows, key=lambda r: r.price * abs(r.qty))._asdict())
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p._replace(x=5), Point._make([3, 4]), p + (3,), p == (1, 2), Point(*p), tuple(p), Point._fields)
print(namedtuple("T", "a b", rename=True)(1, 2), namedtuple("R", ["ok", "def", "ok"], rename=True)._fields)
for bad in [lambda: namedtuple("B", "a a"), lambda: namedtuple("B", "1x"), lambda: Point(1), lambda: p._replace(z=1),
            lambda: setattr(p, "x", 3)]:
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
