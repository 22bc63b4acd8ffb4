# to-scientific-string, to-engineering-string and repr.
from decimal import Decimal, localcontext

for s in ['123', '-123', '1.23E+3', '123E+3', '12.3E-9', '-123E-12', '7E+5', '0E+2', '0E-7', '-0E+5',
          '0.000001', '0.0000001', '1000000000', '1E+9', '0.00', '-0.0', '1.000', '123.4567E-10',
          '5E+1', '5E+2', '5E+3', '12345E+2', '0.001E-3', 'NaN42', '-sNaN', '-Infinity']:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string(), repr(d), d.adjusted())

with localcontext() as c:
    c.capitals = 0
    print(str(Decimal('1.5E+20')), repr(Decimal('-2E-30')), Decimal('1E+9').to_eng_string())
print(str(Decimal('1.5E+20')))
