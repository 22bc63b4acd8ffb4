# Format specs for ints in f-strings.
n = 1234567
print(f"{n:d}|{n:10d}|{n:<10d}|{n:^10d}|{n:>10}|{n:010d}")
print(f"{n:,}|{n:_}|{n:,d}|{-n:,}|{n:+,}|{n: }|{-n: }")
print(f"{255:b}|{255:o}|{255:x}|{255:X}|{255:#b}|{255:#o}|{255:#x}|{255:#X}")
print(f"{255:_b}|{255:#_b}|{0xDEADBEEF:_x}|{2 ** 32:_X}")
print(f"{42:c}|{42:e}|{42:.2f}|{42:%}|{42:g}|{42:n}")
print(f"{-42:=8}|{-42:08}|{42:+08}|{-42:<8}|{-42:^8}|{42:*^8}")
print(f"{0:d}|{0:+d}|{-0:d}|{10 ** 20:,}|{-(10 ** 20):_}")
print(f"{True:d}|{False:5}|{7:#010b}")
for i in (1, 10, 100, 1000):
    print(f"{i:>6}|{i:<6}|{i:^6}|{i:06}")
try:
    f"{42:s}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{42:,b}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{42:.2d}"
except ValueError as e:
    print("ValueError", e)
