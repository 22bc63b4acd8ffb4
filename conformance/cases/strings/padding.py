# center, ljust, rjust and zfill.
for w in ("a", "ab", "abc", "abcdef", ""):
    print("[" + w.center(5) + "]", "[" + w.center(6, "*") + "]", "[" + w.ljust(4, ".") + "]",
          "[" + w.rjust(4) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print("x".center(4), "[" + "x".center(4) + "]", "[" + "xy".center(5) + "]", "[" + "xy".center(7, "-") + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 0.5, 7)]
print("Item".ljust(10) + "Price".rjust(8) + "Qty".rjust(5))
for name, price, qty in items:
    print(name.ljust(10) + str(price).rjust(8) + str(qty).rjust(5))
print("=" * 23)
print("TOTAL".center(23, "~"))
