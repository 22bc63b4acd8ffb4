# Dialects, the registry, field_size_limit and csv.Error's messages.
import csv
import io

print(sorted(csv.list_dialects()))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
d = csv.get_dialect('excel')
print(type(d).__name__, type(d).__module__, d.delimiter, d.quotechar, repr(d.escapechar),
      d.doublequote, d.skipinitialspace, d.strict, repr(d.lineterminator), d.quoting)
print(csv.Error.__module__, csv.Error.__name__, issubclass(csv.Error, Exception))
try:
    d.delimiter = ';'
except AttributeError as e:
    print('AttributeError', e)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(list(csv.reader(['a|"b|c"'], 'pipes')))
buf = io.StringIO()
csv.writer(buf, 'pipes').writerow([1, 'x'])
print(repr(buf.getvalue()))
csv.register_dialect('semi', csv.excel, delimiter=';')
print(csv.get_dialect('semi').delimiter, csv.get_dialect('semi').quotechar)
csv.unregister_dialect('pipes')
print(sorted(csv.list_dialects()))

class Mine(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

print(Mine._valid, Mine()._valid, list(csv.reader(["a:'b:c'"], Mine)))
print(list(csv.reader(["a:'b:c'"], Mine())))

class Broken(csv.Dialect):
    delimiter = 'xx'

try:
    Broken()
except csv.Error as e:
    print('Error', e)
try:
    csv.Dialect()
except csv.Error as e:
    print('Error', e)

bad = [dict(delimiter=None), dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=''),
       dict(quotechar=1), dict(quotechar='ab'), dict(escapechar='ab'), dict(escapechar=5),
       dict(lineterminator=None), dict(lineterminator=1), dict(quoting='a'), dict(quoting=9),
       dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(foo=1)]
for kw in bad:
    try:
        csv.reader([], **kw)
        print('accepted', kw)
    except TypeError as e:
        print(sorted(kw), 'TypeError', e)
r = csv.reader([], quotechar=None)
print(r.dialect.quoting, r.dialect.quotechar)

for call in [lambda: csv.get_dialect('nope'), lambda: csv.unregister_dialect('nope'),
             lambda: csv.register_dialect(1), lambda: csv.writer(1), lambda: csv.reader(1),
             lambda: csv.field_size_limit('a'), lambda: csv.field_size_limit(1, 2),
             lambda: csv.reader(['a'], 'nope')]:
    try:
        call()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

print(csv.field_size_limit())
print(csv.field_size_limit(5))
for lines in [['abcdef\n'], ['"abcdef"\n']]:
    try:
        print(list(csv.reader(lines)))
    except csv.Error as e:
        print('Error', e)
print(list(csv.reader(['abcde\n'])))
print(csv.field_size_limit(131072))

for lines, kw in [(['"a"b,c\n'], dict(strict=True)), (['"abc'], dict(strict=True)),
                  (['a\rb\n'], {}), ([b'a,b'], {}), (['x', 'abc,def'], dict(quoting=csv.QUOTE_NONNUMERIC))]:
    try:
        print(list(csv.reader(lines, **kw)))
    except csv.Error as e:
        print('Error', e)
    except ValueError as e:
        print('ValueError', e)
