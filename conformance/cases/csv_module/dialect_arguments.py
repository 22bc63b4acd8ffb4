# _csv.Dialect's arguments by position and by name, as reader, writer and
# register_dialect pass them on; when a ready dialect object is shared.
import csv, io
for a, k in [((None, ';', 'x'), {}), (tuple([None] * 10), {}), ((None, ';'), {'delimiter': ','}),
             (('excel', ';'), {}), ((csv.excel, '|'), {}), ((), {'dialect': 'excel-tab'}),
             ((), dict(dialect=None, delimiter=',', doublequote=1, escapechar=None, lineterminator='\n',
                       quotechar='"', quoting=0, skipinitialspace=0, strict=0, extra=1)),
             ((None,), {'bogus': 1, 'delimiter': 5}), ((None, 5), {'bogus': 1})]:
    try:
        d = csv._Dialect(*a, **k)
        print(d.delimiter, d.doublequote)
    except Exception as e:
        print(type(e).__name__, e)
for make in [lambda: csv.reader([], 'excel', dialect='unix'), lambda: csv.reader([], dialect='excel-tab'),
             lambda: csv.writer(io.StringIO(), csv.unix_dialect, delimiter=None),
             lambda: csv.register_dialect('x', 'excel', dialect='unix'),
             lambda: csv.register_dialect(), lambda: csv.register_dialect('a', 'b', 'c'),
             lambda: csv.register_dialect(5, bogus=1), lambda: csv.register_dialect('y', dialect='excel-tab', quoting=1)]:
    try:
        x = make()
        print('ok', repr(x.dialect.delimiter) if x is not None else None)
    except Exception as e:
        print(type(e).__name__, e)
print(csv.get_dialect('y').delimiter == '\t', csv.get_dialect('y').quoting)
d = csv.get_dialect('excel')
print(csv.reader([], d).dialect is d, csv.reader([], d, strict=False).dialect is d)
print(csv.reader([], dialect=d).dialect is d, csv.writer(io.StringIO(), d).dialect is d)


class Sub(csv._Dialect):
    pass


s = Sub(delimiter=';')
print(type(s).__name__, s.delimiter, csv.reader([], s).dialect is s)
print(type(csv.reader([], s, delimiter=',').dialect).__name__)
