for n in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**12]:
    print(f"{n:,}|{n:_}|{n:_x}|{n:_b}|{n:>15,}|{n:015,}|{n:+,}")
for x in [0.5, 1234.5, -1234567.891, 1e10]:
    print(f"{x:,}|{x:,.2f}|{x:_.3e}|{x:020,.2f}|{x:,g}|{x:,.0f}")
print(f"{123:0=8}|{-123:0=8}|{-123:08}|{-123:x=8}|{123:=8}")
print(f"{'x':0<5}|{'x':0>5}|{'x':0^5}|{7:0<5}|{7:0^5}")
print(f"{-5:^+7}|{5: ^7}|{-5: ^7}|{5:_^+7}")
print(f"{0xff:#012_x}|{0xff:#012,}|{-0xff:#012x}|{5:#05b}")
print(f"{1.5:010}|{-1.5:010}|{float('inf'):010}|{float('nan'):+010}|{-float('inf'):=10}")
print(f"{12.0:010,.1f}|{1234.0:010,.1f}|{123456.0:010,.1f}")
print(f"{1:{''}}", f"{1:{'>'}3}", f"{'ab':<{0}}", f"{'ab':.{1}}")
print(format(1234, "08_"), format(12345, "09,d"), format(-12345, "010,d"), format(1234567, "0,"))
try:
    format(1, ",_")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "_,")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.0, "_,")
except ValueError as e:
    print(type(e).__name__, e)
