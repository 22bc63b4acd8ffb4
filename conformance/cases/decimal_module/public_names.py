# The public names of Decimal match CPython's C decimal (no
# Decimal.add: adding in a context is Context.add).
import decimal
print([n for n in dir(decimal.Decimal) if not n.startswith("_")])
print(hasattr(decimal.Decimal(1), "add"), decimal.getcontext().add(decimal.Decimal("1.25"), 3))
