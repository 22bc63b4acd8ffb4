year = 2016
event = 'Referendum'
print(f'Results of the {year} {event}')
yes_votes = 42_572_654
total_votes = 85_705_149
percentage = yes_votes / total_votes
print('{:-9} YES votes  {:2.2%}'.format(yes_votes, percentage))
s = 'Hello, world.'
print(str(s), repr(s), str(1/7))
x = 10 * 3.25; y = 200 * 200
s = 'The value of x is ' + repr(x) + ', and y is ' + repr(y) + '...'
print(s)
hello = 'hello, world\n'
print(repr(hello), repr((x, y, ('spam', 'eggs'))))
import math
print(f'The value of pi is approximately {math.pi:.3f}.')
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 7678}
for name, phone in table.items():
    print(f'{name:10} ==> {phone:10d}')
animals = 'eels'
print(f'My hovercraft is full of {animals}.')
print(f'My hovercraft is full of {animals!r}.')
bugs = 'roaches'; count = 13; area = 'living room'
print(f'Debugging {bugs=} {count=} {area=}')
print(f'{count = }', f'{count=:5d}|', f'{bugs=!s}', f'{math.pi=:.2f}')
print('We are the {} who say "{}!"'.format('knights', 'Ni'))
print('{0} and {1}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('This {food} is {adjective}.'.format(food='spam', adjective='absolutely horrible'))
print('The story of {0}, {1}, and {other}.'.format('Bill', 'Manfred', other='Georg'))
print('Jack: {0[Jack]:d}; Sjoerd: {0[Sjoerd]:d}; Dcab: {0[Dcab]:d}'.format(table))
print('Jack: {Jack:d}; Sjoerd: {Sjoerd:d}; Dcab: {Dcab:d}'.format(**table))
class Pt:
    def __init__(self, x, y):
        self.x = x; self.y = y
p = Pt(3, -4)
print('x={x} y={y}'.format(**vars(p)), vars(p))
for x in range(1, 11):
    print('{0:2d} {1:3d} {2:4d}'.format(x, x*x, x*x*x))
for x in range(1, 11):
    print(repr(x).rjust(2), repr(x*x).rjust(3), end=' ')
    print(repr(x*x*x).rjust(4))
print('12'.zfill(5), '-3.14'.zfill(7), '3.14159265359'.zfill(5), '+7'.zfill(4), ''.zfill(3))
print('The value of pi is approximately %5.3f.' % math.pi)
print('%s has %d items costing %.2f (%x, %o, %e, %r)' % ('cart', 3, 9.5, 255, 8, 12345.678, 'x'))
print('%-6s|%6s|%06.2f|%+d|% d|%%' % ('ab', 'cd', 3.14159, 5, 7))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%c%c %5.1e %g %G %i %u' % (72, 'i', 0.000123, 1e20, 1e-10, 3.7, 4))
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s %s' % ('a',))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s' % ('a', 'b'))
except TypeError as e:
    print('TypeError:', e)
try:
    print('{0} {1}'.format('a'))
except IndexError as e:
    print('IndexError:', e)
try:
    print('{x}'.format(y=1))
except KeyError as e:
    print('KeyError:', e)
try:
    print('{:d}'.format(1.5))
except ValueError as e:
    print('ValueError:', e)
try:
    print('{} {0}'.format(1, 2))
except ValueError as e:
    print('ValueError:', e)
print('{:*^20}|{:<8.3}|{:>+8.2f}|{:,}|{:_x}|{:#b}|{:#o}|{:08.3f}'.format('mid', 'abcdef', 2.5, 1234567, 65535, 5, 8, -3.14159))
print('{!r:>10}|{!s:<6}|{!a}'.format('q', 12, 'ñ'))
print(format(12345.6789, ',.2f'), format(0.5, '%'), format(1234, 'e'), format(255, 'X'))
print('{0:{1}.{2}f}'.format(3.14159, 10, 3), f'{"x":{"^"}{9}}')
