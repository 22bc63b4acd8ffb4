from fractions import Fraction
from decimal import Decimal
Fraction(1) + Decimal(1)
