# DictReader's line_num over blank lines, fieldnames, restkey/restval;
# DictWriter's extrasaction and laziness; Dialect subclass validation and
# the sniffed dialect's class.
import csv
import io

data = 'a,b\r\n1,2\r\n\r\n\r\n3,4\r\n\r\n\r\n'
r = csv.DictReader(io.StringIO(data))
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num, r.reader.line_num)
print('end', r.line_num, r.reader.line_num)

r = csv.DictReader(['x,y', '', '', ''])
print(list(r), r.line_num)
r = csv.DictReader(['1,2,3,4', '5'], fieldnames=['a', 'a', 'b'], restkey='a', restval=0)
print(list(r))
r = csv.DictReader(['h1,h2', '1,2'])
r.fieldnames = ['p', 'q']
print(list(r), r.line_num)
r = csv.DictReader(['k;v', '1;2'], dialect='excel', delimiter=';')
print(r.dialect, list(r))
r = csv.DictReader(['1,2'], fieldnames=('a', 'b'))
print(next(r), r.fieldnames)
print(vars(csv.DictReader([], fieldnames=['z'], restkey='r', restval='v')).keys())

buf = io.StringIO()
w = csv.DictWriter(buf, ['a', 'b'], extrasaction='RAISE')
print(w.extrasaction, w.writerow({'a': 1, 'zzz': 2}), repr(buf.getvalue()))
w = csv.DictWriter(buf, ('a', 'b'))
print(w.writeheader(), w.writerows([{'a': 1}, {'b': 2}]))
rows = iter([{'a': 'ok'}, {'c': 'bad'}, {'a': 'never'}])
try:
    w.writerows(rows)
except ValueError as e:
    print('ValueError', e)
print(next(rows), repr(buf.getvalue()))
for bad in ['other', 5]:
    try:
        csv.DictWriter(buf, ['a'], extrasaction=bad)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(vars(csv.DictWriter(buf, ['a'], restval='-')).keys())


class NoQuote(csv.Dialect):
    delimiter = ';'
    quotechar = None
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


try:
    NoQuote()
except csv.Error as e:
    print('Error', e, type(e.__context__).__name__, e.__context__)
print(NoQuote._valid)


class Loose(csv.excel):
    delimiter = '|'
    strict = True


d = Loose()
print(d._valid, vars(d), csv.reader(['"a"b'], d).dialect.strict)
print([k for k in vars(csv.Dialect) if not k.startswith('__')])
print([k for k in vars(csv.excel) if not k.startswith('__')], csv.excel_tab.delimiter)
print([k for k in vars(csv.unix_dialect) if not k.startswith('__')])
print(csv.list_dialects()[:3])
s = csv.Sniffer().sniff('a;b\n1;2\n')
print(s.__name__, s.__qualname__, issubclass(s, csv.Dialect), [k for k in vars(s) if k != '__doc__'])
