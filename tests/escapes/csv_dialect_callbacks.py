# csv's readers and writers call back into the script (a dialect's
# attributes, the row objects' __str__, a file object's write, an iterator
# of lines that mutates the list it comes from): those callbacks run with
# the script's own rights, and a __str__ that recurses or a line iterator
# that never ends meet the usual limits, never a crash.
import csv, io


class Row:
    def __str__(self):
        return str(self)


class Lines:
    def __init__(self):
        self.data = ['a,b', 'c,d']

    def __iter__(self):
        return self

    def __next__(self):
        if not self.data:
            raise StopIteration
        line = self.data.pop()
        self.data.clear()
        return line


class Dialect(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
try:
    csv.writer(out).writerow([Row()])
except RecursionError:
    print('RecursionError')
print(list(csv.reader(Lines())))
csv.writer(out, Dialect).writerow(['x;y', 1])
print(repr(out.getvalue()))
for bad in ({'delimiter': ''}, {'delimiter': 'ab'}, {'quotechar': 5}, {'lineterminator': 7},
            {'quoting': 99}, {'escapechar': '\x00\x00'}):
    try:
        csv.writer(io.StringIO(), **bad)
        print('accepted', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect-output: RecursionError
# expect-output: [['c', 'd']]
# expect-output: '"x;y";1\n'
# expect-output: TypeError "delimiter" must be a 1-character string
# expect-output: TypeError "delimiter" must be a 1-character string
# expect-output: TypeError "quotechar" must be string or None, not int
# expect-output: TypeError "lineterminator" must be a string
# expect-output: TypeError bad "quoting" value
# expect-output: TypeError "escapechar" must be a 1-character string
