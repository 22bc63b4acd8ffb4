import datetime as dt, calendar, decimal, fractions
from decimal import Decimal, ROUND_HALF_UP, localcontext
from collections import namedtuple, defaultdict, Counter, deque
d = dt.date(2024, 2, 28)
print(d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.replace(day=1), d.toordinal(), dt.date.fromisoformat("2024-03-01") - d)
t = dt.datetime(2024, 3, 10, 14, 5, 9, 123456)
print(t, t.isoformat(timespec="seconds"), t.strftime("%H:%M:%S.%f %y %U %w %%"), t.time(), t.date(), t.timestamp() if False else "", repr(t))
tz = dt.timezone(dt.timedelta(hours=-5), "EST")
tt = t.replace(tzinfo=tz); print(tt, tt.utcoffset(), tt.tzname(), tt.astimezone(dt.timezone.utc), tt.isoformat())
print(dt.timedelta(hours=25, minutes=61), dt.timedelta(seconds=-1), dt.timedelta(days=1) / dt.timedelta(hours=1), dt.timedelta(weeks=1) // 3, abs(dt.timedelta(-3)))
print(dt.datetime.strptime("03/10/24 2:05PM", "%m/%d/%y %I:%M%p"), dt.datetime.fromisoformat("2024-03-10T14:05:09+02:00"), dt.time(9, 5).strftime("%I:%M %p"))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0], calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
print(Decimal("1.1") + Decimal("2.2"), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal(1) / Decimal(7), Decimal("10") ** 20, Decimal("-0.00"), Decimal("1e3").normalize())
with localcontext() as ctx:
    ctx.prec = 5; print(Decimal(1) / Decimal(3), Decimal("123456789") * 1)
print(sum([Decimal("0.1")] * 3), Decimal("3.14159").as_tuple(), f"{Decimal('1234.5'):,.2f}", round(Decimal("2.5")), int(Decimal("9.99")))
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F("0.75"), F(1.5), F(7, 3).limit_denominator(2), F(-7, 3) // 1, float(F(1, 3)), round(F(5, 2)), F(1, 3) ** 2, f"{F(1, 3)}")
P = namedtuple("P", "x y z", defaults=[0]); p = P(1, 2); print(p, p._replace(z=5), P._make([4, 5, 6]), p._asdict(), P._field_defaults)
dd = defaultdict(lambda: defaultdict(int)); dd["a"]["b"] += 1; print(dict(dd["a"]), "z" in dd, dd.default_factory is not None)
c = Counter("mississippi"); c2 = Counter(s=1, x=2)
print(c.most_common(3), c - c2, c + c2, c & c2, c | c2, c["zz"], sorted(c.elements())[:5], c.total(), +Counter(a=-1, b=2))
c.subtract("sss"); print(c["s"], c.most_common()[-1], Counter({"a": 2}) == Counter(a=2, b=0))
dq = deque([1, 2, 3]); dq.appendleft(0); dq.extendleft([-1, -2]); print(dq, dq.popleft(), dq.index(2), dq[-1], dq.count(1)); dq.remove(2); print(dq)
