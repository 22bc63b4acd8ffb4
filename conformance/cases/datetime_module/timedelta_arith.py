# Arithmetic between timedeltas and numbers.
from datetime import timedelta

a = timedelta(days=3, hours=4, minutes=5, seconds=6, microseconds=7)
b = timedelta(hours=10, microseconds=3)
print(a + b, a - b, b - a)
print(-a, +a, abs(-a), abs(a))
print(a * 2, 3 * a, a * -1, a * 0)
print(a * 0.5, 1.5 * a, a * 0.1, a * (1 / 3))
print(a / b, b / a, a / 2, a / 3, a / 0.5, a / 7.0)
print(a // b, a // 2, a // 7, (-a) // 7)
print(a % b, (-a) % b, divmod(a, b), divmod(-a, b))
print(a.total_seconds(), b.total_seconds(), (-b).total_seconds())
print(timedelta(microseconds=1).total_seconds())
print(timedelta(days=365).total_seconds())
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(timedelta(microseconds=-5) / 2, timedelta(microseconds=3) * 0.5)
print(bool(timedelta()), bool(timedelta(microseconds=1)))
print(sum([timedelta(hours=1), timedelta(hours=2)], timedelta()))

for expr, f in [
        ('a / 0', lambda: a / 0),
        ('a // 0', lambda: a // 0),
        ('a / 0.0', lambda: a / 0.0),
        ('a % timedelta()', lambda: a % timedelta()),
        ("a * float('inf')", lambda: a * float('inf')),
        ("a * float('nan')", lambda: a * float('nan')),
        ('a + 1', lambda: a + 1),
        ('1 - a', lambda: 1 - a),
        ('a * a', lambda: a * a),
        ("a / 'x'", lambda: a / 'x'),
        ('timedelta.max + timedelta(1)', lambda: timedelta.max + timedelta(1)),
        ('timedelta.min - timedelta(1)', lambda: timedelta.min - timedelta(1)),
        ('timedelta.max * 2', lambda: timedelta.max * 2),
        ('a // 1.5', lambda: a // 1.5),
        ('2 / a', lambda: 2 / a),
        ('a < 1', lambda: a < 1),
        ]:
    try:
        print(expr, "->", f())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(expr, "->", type(e).__name__, e)
