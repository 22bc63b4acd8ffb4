# How the writer quotes and escapes each special character, by quoting mode,
# and what QUOTE_NONNUMERIC counts as a number.
import csv
import io
from decimal import Decimal
from fractions import Fraction


def show(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    results = []
    for row in rows:
        try:
            results.append(w.writerow(row))
        except csv.Error as e:
            results.append('Error: %s' % e)
    print(sorted(kw.items()), results, repr(buf.getvalue()))


tricky = ['a,b', 'q"q', 'e\\e', 'l\nl', 'c\rc', 'x;y', 'plain', '']
for quoting in range(4):
    show([tricky], quoting=quoting, escapechar='\\')
    show([tricky[1:3]], quoting=quoting, escapechar='\\', doublequote=False)
show([tricky])
show([['q"q']], doublequote=False)
show([['a,b']], quoting=csv.QUOTE_NONE)
# The escapechar doubling as another special: its own rule wins, the
# quotechar's over both.
show([['a,b', 'c']], escapechar=',')
show([['a"b']], escapechar='"')
show([['a"b']], escapechar='"', doublequote=False)
show([['x|y', 'x\\y']], lineterminator='|', escapechar='\\')
show([['x|y']], lineterminator='|', quoting=csv.QUOTE_NONE, escapechar='\\')
show([['aXb', 'a\nb']], lineterminator='X')
show([['ab']], lineterminator='')
# A lone empty field is quoted so it does not read back as a blank line.
show([[''], [None], [], ['', ''], [' ']])
show([[''], [None]], quoting=csv.QUOTE_NONE)
show([['', 'a']], quoting=csv.QUOTE_ALL, quotechar="'")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100

    def __str__(self):
        return '%d.%02d' % divmod(self.cents, 100)


class Label(str):
    def __str__(self):
        return 'never used'

    def __iter__(self):
        return iter('never, used')


values = [1, True, 2.5, 1j, Decimal('1.10'), Fraction(1, 3), Money(1234), None, 'txt',
          Label('lab'), Label('l,b'), b'by', [1], float('nan')]
show([values], quoting=csv.QUOTE_NONNUMERIC)
show([values], quoting=csv.QUOTE_MINIMAL)
show([values], quoting=csv.QUOTE_ALL)


def fields():
    yield 'a'
    yield 'bad,no-escape'
    raise AssertionError('not reached')


show([fields()], quoting=csv.QUOTE_NONE)
show([['ok'], (x for x in ['g', 'e,n'])], delimiter=';')
