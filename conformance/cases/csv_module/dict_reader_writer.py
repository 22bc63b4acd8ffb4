# DictReader and DictWriter: field names, restkey/restval, extrasaction.
import csv
import io

data = 'name,age,city\r\nAnn,31,Oslo\r\n\r\nBob,42\r\nCy,5,Rome,extra,more\r\n'
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)

r = csv.DictReader(['1;2;3', '4;5'], fieldnames=['a', 'b', 'c'], restval='?', restkey='rest', delimiter=';')
print(list(r))
r = csv.DictReader(['1,2,3'], fieldnames=('x', 'y'), restkey='more')
print(list(r), r.fieldnames)
print(csv.DictReader([]).fieldnames)
print(list(csv.DictReader([])))

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=['name', 'score'], restval='n/a')
print(w.writeheader())
w.writerow({'name': 'Ann', 'score': 10})
w.writerow({'name': 'Bob'})
w.writerows([{'score': 3, 'name': 'Cy'}, {'name': 'D, E', 'score': 1.5}])
print(repr(buf.getvalue()))
try:
    w.writerow({'name': 'X', 'bogus': 1, 'other': 2})
except ValueError as e:
    print('ValueError', str(e).split(':')[0])
try:
    w.writerow({'name': 'X', 'bogus': 1})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(buf, ['name'], extrasaction='ignore')
w2.writerow({'name': 'ok', 'junk': 1})
print(repr(buf.getvalue().splitlines()[-1]))
try:
    csv.DictWriter(buf, ['a'], extrasaction='drop')
except ValueError as e:
    print('ValueError', e)
w3 = csv.DictWriter(buf, ['a'], extrasaction='IGNORE')
print(w3.extrasaction)
