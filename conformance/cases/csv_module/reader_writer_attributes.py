# reader and writer objects: read-only attributes, field_size_limit's
# arguments, and the exact-int check of "quoting".
import csv
import enum
import io


class Mode(enum.IntEnum):
    ALL = 1


for kw in [dict(quoting=True), dict(quoting=Mode.ALL), dict(quoting=2**40),
           dict(quoting=-2**40), dict(quoting=-1), dict(quoting=2**31 - 1),
           dict(lineterminator=''), dict(escapechar=''), dict(quotechar='')]:
    try:
        d = csv.reader([], **kw).dialect
        print('ok', d.quoting, repr(d.lineterminator))
    except (TypeError, OverflowError) as e:
        print(sorted(kw), type(e).__name__, e)

r = csv.reader(['a,b', 'c'])
w = csv.writer(io.StringIO())
for obj, attr in [(r, 'line_num'), (r, 'dialect'), (r, 'other'), (w, 'dialect'), (w, 'other')]:
    try:
        setattr(obj, attr, 3)
        print('set', attr)
    except AttributeError as e:
        print('AttributeError', e)
try:
    del r.line_num
except AttributeError as e:
    print('AttributeError', e)
print(r.line_num, next(r), r.line_num, next(r), r.line_num)
print(type(r).__name__, type(w).__name__, type(r.dialect).__name__, r.dialect is w.dialect)
print(csv.reader([], 'excel').dialect is csv.get_dialect('excel'))

calls = [((), {'new_limit': 7}), ((1,), {'new_limit': 2}), ((), {'new_limit': 2, 'x': 1}),
         ((1, 2, 3), {}), ((), {'limit': 1}), ((True,), {}), ((2.0,), {}),
         ((2**63,), {}), ((-2**63 - 1,), {}), ((-2**63,), {}), ((2**63 - 1,), {}), ((), {})]
for args, kwargs in calls:
    try:
        print(csv.field_size_limit(*args, **kwargs))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(131072), csv.field_size_limit())

for make in [lambda: csv.reader(), lambda: csv.reader([], 'excel', 3), lambda: csv.writer(),
             lambda: csv.writer(io.StringIO(), dialect='nope'), lambda: csv.writer([]),
             lambda: csv.reader(5, 'nope'), lambda: csv.reader([], delimiter=',', bogus=1)]:
    try:
        make()
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
for row in [5, None, 'ab', [[1, 2]], (x for x in 'ab'), []]:
    try:
        print(repr(w.writerow(row)))
    except csv.Error as e:
        print('Error', e)
try:
    w.writerows(5)
except TypeError as e:
    print('TypeError', e)
print(w.writerows([[1], [2]]))


# The end of the input is a plain StopIteration, whatever the lines'
# iterator ended with; the strict end-of-data error has no context.
def lines():
    yield 'a,b'
    return 'done'


r = csv.reader(lines())
print(next(r))
try:
    next(r)
except StopIteration as e:
    print('StopIteration', e.value, e.__context__, e.args)
try:
    next(csv.reader(['"abc'], strict=True))
except csv.Error as e:
    print('Error', e, e.__context__, e.__suppress_context__)
