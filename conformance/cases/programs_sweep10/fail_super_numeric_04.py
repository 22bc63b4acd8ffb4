from decimal import Decimal
print(Decimal(1) + 1, Decimal("1.5") * 2, Decimal(3) == 3.0, Decimal("0.1") < 0.2)
Decimal(1) + 1.5
