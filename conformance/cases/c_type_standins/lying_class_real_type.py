# A script's object claiming a C type's __class__ is not taken for one by
# the C types' operations, which check the real type (PyDate_Check,
# PyDelta_Check, PyDec_Check); isinstance() itself believes the claim.
import datetime
import decimal


class FakeDelta:
    __class__ = property(lambda self: datetime.timedelta)

    def __radd__(self, other):
        return "FakeDelta.__radd__"

    def __rsub__(self, other):
        return "FakeDelta.__rsub__"


class FakeDate:
    __class__ = property(lambda self: datetime.date)


class FakeDecimal:
    __class__ = property(lambda self: decimal.Decimal)


class FakeTz:
    __class__ = property(lambda self: datetime.tzinfo)


print(isinstance(FakeDelta(), datetime.timedelta), isinstance(FakeDate(), datetime.date))
d = datetime.date(2020, 1, 2)
print(d + FakeDelta(), d - FakeDelta())
dt = datetime.datetime(2020, 1, 2, 3, 4)
print(dt + FakeDelta())
for label, f in [
    ("date == fake", lambda: d == FakeDate()),
    ("date < fake", lambda: d < FakeDate()),
    ("date - fake", lambda: d - FakeDate()),
    ("timedelta + fake", lambda: datetime.timedelta(1) + FakeDelta()),
    ("timedelta * fake", lambda: datetime.timedelta(1) * FakeDecimal()),
    ("datetime(tzinfo=fake)", lambda: datetime.datetime(2020, 1, 1, tzinfo=FakeTz())),
    ("combine(fake, time)", lambda: datetime.datetime.combine(FakeDate(), datetime.time())),
    ("Decimal + fake", lambda: decimal.Decimal(1) + FakeDecimal()),
    ("Decimal == fake", lambda: decimal.Decimal(1) == FakeDecimal()),
    ("Decimal(fake)", lambda: decimal.Decimal(FakeDecimal())),
    ("compare(fake)", lambda: decimal.Decimal(1).compare(FakeDecimal())),
    ("localcontext(fake)", lambda: decimal.localcontext(FakeDecimal())),
]:
    try:
        print(label, f())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)
