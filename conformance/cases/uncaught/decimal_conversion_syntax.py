# An uncaught decimal signal: the last line names the module and lists the
# trapped conditions.
from decimal import Decimal
print(Decimal('1.5') + 1)
Decimal('one')
