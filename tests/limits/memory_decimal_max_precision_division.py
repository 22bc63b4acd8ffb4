# decimal at MAX_PREC: 1/7 never terminates, so the division would fill
# every digit the context allows; the digits are charged to the memory
# budget as they are made.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
import decimal
decimal.getcontext().prec = decimal.MAX_PREC
print(decimal.Decimal(1) / decimal.Decimal(7))
