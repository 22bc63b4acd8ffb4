data = [("Widget", 4, 3.5), ("Gadget-XL", 12, 129.999), ("Nut", 1000, 0.0123)]
print(f"{'Item':<12}|{'Qty':>6}|{'Price':>10}|{'Total':>12}")
print(f"{'':-<12}+{'':->6}+{'':->10}+{'':->12}")
for n, q, p in data:
    print(f"{n:<12}|{q:>6,}|{p:>10.2f}|{q*p:>12,.3f}")
print(f"{sum(q*p for _, q, p in data):=^44,.2f}")
for v in [0, 1, -1, 3.14159, 1e10, 1.5e-7, 12345.6789, float('inf'), float('nan'), -0.0]:
    print(f"{v!r:>14} {v:g} {v:e} {v:+.3} {v:%}" if isinstance(v, float) else f"{v!r:>14} {v:+d} {v:#x} {v:08b}")
print(f"{255:#010x} {255:X} {255:o} {255:#o} {65:c} {1234567:_} {1234567:,d} {0.5:.0%}")
print(f"{'abc':*^9} {'abc':.2} {'abc'!r:>8} {3+4j} {(1-2j):.2f} {123.456:010.1f} {-5:05d} {5: d}")
x = 3; w = 7; prec = 2
print(f"{x=} {x + 1 = } {w=:>5} {3.14159:{w}.{prec}f} {'ok'!s:{'>'}{w}}")
print("%-8s|%8.3f|%+05d|%x|%o|%e|%c|%r|%%" % ("ab", 2.71828, 42, 255, 8, 12345.678, 65, "q"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30.9})
print("%5.1s|%-5c|%#x|%#o|% d" % ("xyz", "z", 10, 10, 7))
print("{0}{1}{0}".format("ab", "-"), "{:>{w}}".format("r", w=4), "{a[1]} {b.real}".format(a=[1, 2], b=3j))
print("{!r:^10}|{:{}}|".format("s", 5, 3), format(12345.678, ",.1f"), format(0.000012345, ".3g"))
print(format(1234, "n"), format(-12.5, "=+10.2f"), format(True, ">6"), format(True, "d"), format(None, ""))
for bad in ["{:d}".format, lambda v: f"{v:,s}", lambda v: "%d" % v, lambda v: "{0} {1}".format(v)]:
    try:
        print(bad("x"))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError", e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError", e)
try:
    print("{:x}".format(2.5))
except ValueError as e:
    print("ValueError", e)
try:
    print(format("s", "+"))
except ValueError as e:
    print("ValueError", e)
try:
    print("{".format(1))
except ValueError as e:
    print("ValueError", e)
try:
    print("{0:{1}}".format(1, "z"))
except ValueError as e:
    print("ValueError", e)
