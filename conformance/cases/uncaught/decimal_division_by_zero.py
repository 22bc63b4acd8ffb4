# Decimal division by zero ends with decimal.DivisionByZero.
from decimal import Decimal
total = Decimal('10.00')
print(total / 4)
print(total / 0)
