# csv.writer into StringIO: quoting modes, escaping, None, numbers, line terminators.
import csv
import io
from decimal import Decimal
from fractions import Fraction

def show(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    for row in rows:
        print(repr(w.writerow(row)), end=' ')
    print(repr(buf.getvalue()))

show([['a', 'b,c', 'd"e', 'f\ng', 'h\ri']])
show([[1, 2.5, None, True, 'x']])
show([['a', 1, 2.5, None]], quoting=csv.QUOTE_ALL)
show([['a', 1, 2.5, None, Decimal('1.5'), Fraction(1, 3), True]], quoting=csv.QUOTE_NONNUMERIC)
show([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\')
show([['a"b']], doublequote=False, escapechar='\\')
show([['']])
show([['', '']])
show([[]])
show([['a', 'b']], lineterminator='\n', delimiter='|')
show([['x|y', 'z']], delimiter='|')
show([['e\\f']], escapechar='\\')
show([[' lead', 'trail ']])
show([('t', 'u'), 'vw', range(3)])
buf = io.StringIO()
w = csv.writer(buf, dialect='unix')
w.writerows([['a', 1], ['b', 2]])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, 'excel-tab').writerow(['a\tb', 'c'])
print(repr(buf.getvalue()))
for row, kw in [(['a,b'], dict(quoting=csv.QUOTE_NONE)),
                (['a"b'], dict(doublequote=False)),
                ([''], dict(quoting=csv.QUOTE_NONE)),
                (5, {})]:
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
    except csv.Error as e:
        print('Error', e)
# round trip
rows = [['id', 'text'], ['1', 'plain'], ['2', 'with, comma'], ['3', 'with "quotes"'], ['4', 'two\nlines']]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
print(list(csv.reader(io.StringIO(buf.getvalue(), newline=''))) == rows)
