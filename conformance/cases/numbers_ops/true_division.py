# int / int is correctly rounded, even when the operands are far outside the
# range of a double.
pairs = [(1, 3), (2, 3), (-1, 3), (10, 4), (7, -2), (0, 5), (0, -5), (2**53 + 1, 1), (2**53 + 1, 3),
         (10**30, 3), (10**400, 10**399), (1, 10**400), (-(10**400), 7 * 10**398), (3**700, 2**1100),
         (2**1100, 3**600), (123456789123456789123456789, 987654321987654321), (2**1074, 2**2148)]
for a, b in pairs:
    print(a / b)
print(True / 2, 1 / True, 5 / 2.0, 2.0 / 5, -0 / 5, 0 / -5.0)
for a, b in [(1, 0), (0, 0), (1.0, 0), (10**400, 0), (10**400, 1), (1.5, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
x = 10
x /= 4
print(x, type(x).__name__)
