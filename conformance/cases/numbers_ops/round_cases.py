# round(): ints and floats, with and without ndigits, ties to even.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1, 2.675, 123.456]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, None))
for n in [25, 35, -25, 15, 150, 250, 12345, -12345, 10**20 + 5 * 10**9, 2**62 - 1]:
    print(n, round(n), round(n, 2), round(n, -1), round(n, -2), round(n, -10), round(n, -30))
print(round(True), round(False, 3), type(round(True)).__name__, type(round(2.5)).__name__)
print(round(1.7976931348623157e308, -300), round(5e-324, 400), round(0.5, 10**30), round(12.5, -10**30))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0), round(-0.0, 1), round(-0.4))
for x, nd in [(float("inf"), None), (float("nan"), None), (1.7976931348623157e308, -308),
              (1.5, "x"), (15, 1.5), (1.5, 1.5)]:
    try:
        print(round(x, nd))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
prices = [2.675, 1.005, 0.125, 0.375, 19.995, 7.5]
print([round(p, 2) for p in prices], sum(round(p, 1) for p in prices))
