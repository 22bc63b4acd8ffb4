from datetime import date, timedelta
from collections import defaultdict

LOANS = [
    ("ann", "Dune", date(2024, 3, 1), date(2024, 3, 20)),
    ("bob", "Emma", date(2024, 3, 3), date(2024, 4, 2)),
    ("ann", "Ulysses", date(2024, 3, 10), None),
    ("cy", "Dune", date(2024, 3, 21), date(2024, 4, 1)),
    ("bob", "Ivanhoe", date(2024, 2, 1), None),
]
TODAY = date(2024, 4, 5)
PERIOD = timedelta(days=14)
RATE = 0.20
CAP = 5.00


def fine(out, back):
    end = back or TODAY
    late = (end - (out + PERIOD)).days
    return min(CAP, max(0, late) * RATE), max(0, late)


per_member = defaultdict(float)
print(f"{'member':<7}{'title':<9}{'out':>7}{'due':>7}{'back':>8}{'late':>5}{'fine':>7}")
for member, title, out, back in LOANS:
    amount, late = fine(out, back)
    per_member[member] += amount
    back_s = back.strftime("%d/%m") if back else "--"
    print(f"{member:<7}{title:<9}{out:%d/%m}  {(out + PERIOD):%d/%m}"
          f"{back_s:>8}{late:>5}{amount:>7.2f}")
print({m: round(v, 2) for m, v in sorted(per_member.items())})
overdue = [(m, t) for m, t, o, b in LOANS if b is None and o + PERIOD < TODAY]
print("still overdue:", overdue)
