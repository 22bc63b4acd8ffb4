# Decimal has no __index__: sequences name it as a non-int operand.
from decimal import Decimal
import operator

print(hasattr(Decimal, '__index__'))
for f in [lambda: operator.index(Decimal(1)), lambda: [1][Decimal(0)],
          lambda: range(Decimal(2)), lambda: (1, 2) * Decimal(2), lambda: 'ab' * Decimal(2),
          lambda: b'x' * Decimal('NaN'), lambda: hex(Decimal(3)), lambda: [1, 2, 3][:Decimal(1)]]:
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError:', e)
