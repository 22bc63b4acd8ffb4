# decimal at MAX_PREC: 1/7 never terminates, so the division would fill
# every digit the context allows; the digits are charged to the memory
# budget as they are made.
# limit: memory|instructions
import decimal
decimal.getcontext().prec = decimal.MAX_PREC
print(decimal.Decimal(1) / decimal.Decimal(7))
