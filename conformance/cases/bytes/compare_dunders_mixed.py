# bytes compares only with bytes; bytearray with any bytes-like object.
# The operators give the same answers either way round, but the dunders
# called directly show which slot answered.
class B(bytes):
    pass


class BA(bytearray):
    pass


values = [b'a', bytearray(b'a'), B(b'a'), BA(b'a'), b'b', bytearray(b'b'), 'a', 97]
names = ['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__']
for x in values[:4]:
    for y in values:
        print(repr(x), repr(y), [getattr(x, n)(y) for n in names])

for x in values[:6]:
    for y in values[:6]:
        print(repr(x), repr(y), x == y, x != y, x < y, x <= y, x > y, x >= y)

print(sorted([bytearray(b'c'), b'a', B(b'b'), BA(b'0')]))
print(b'a' in {bytearray(b'a').__class__: 1}, {b'a': 1}.get(B(b'a')))
print([b'x', bytearray(b'x')].count(b'x'), [bytearray(b'x'), b'x'].index(b'x'))
