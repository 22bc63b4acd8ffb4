from fractions import Fraction
try:
    Fraction(1.5, 2)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
