# A sales report with f-strings and format specs of every kind.
sales = [("north", "widget", 1234.5, 17), ("south", "gadget", 98765.4321, 3),
         ("east", "widget", 0.5, 1200), ("west", "doohickey", -250.0, 0),
         ("north", "gadget", 1e6, 42)]
header = f"{'region':<8}|{'product':^11}|{'revenue':>14}|{'units':>6}|{'share':>7}"
print(header)
print("-" * len(header))
total = sum(r for _, _, r, _ in sales)
for region, product, revenue, units in sales:
    share = revenue / total
    print(f"{region:<8}|{product:^11}|{revenue:>14,.2f}|{units:>6d}|{share:>7.1%}")
print("=" * len(header))
print(f"{'total':<8}|{'':^11}|{total:>14,.2f}|{sum(u for *_, u in sales):>6}|{1:>7.0%}")
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:08b} {n:_b} {n:,}")
print(f"{3.14159:.3f} {3.14159:10.2e} {314159.0:g} {0.000012345:g} {1e20:g} {2.5:.0f} {3.5:.0f}")
print(f"{-42:+d} {42:+d} {42: d} {-0.0:+.1f} {'x':*^9} {'left':-<10}| {7:=+6}")
print(f"{12345678.9:_.2f} {1234.5:,.3f} {0.125:.2%} {float('inf'):f} {float('nan'):>6}")
width, prec = 12, 3
print(f"[{2 / 3:{width}.{prec}f}] [{'nested':{'>' if width > 10 else '<'}{width}}]")
print("%-10s|%5.1f|%05d|%x|%r|%%" % ("old", 2.25, 42, 255, "q"))
print("{0} {1!r} {0!s:>5} {name:^7} {2[1]} {3.real}".format("a", "b", [9, 8], 5j, name="n"))
from decimal import Decimal
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.1') * 3} {Decimal('-3.14159'):.3}")
from datetime import date, datetime
d = datetime(2024, 3, 9, 7, 5, 3)
print(f"{d:%Y-%m-%d %H:%M} {d:%a %d %b %Y} {date(2024, 12, 25):%A %j} {d!r}")
print(f"{'a' 'b'}{1 + 1=}{'c'!r:>5}{{literal}}")
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
for name, qty, price in rows:
    print(f"{name.title():.<12}{qty:>3} x {price:5.2f} = {qty * price:6.2f}")
print(format(1234567, ","), format(0.5, ".0%"), format("s", "^3"), format(10, "#06x"))
