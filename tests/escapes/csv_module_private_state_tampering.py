# csv's Python core keeps its state in module globals a script can reach:
# the dialect registry (_dialects), the field limit (_field_limit), the
# parser's step table (_STEPS), the reader and writer classes (_Reader,
# _Writer), the reader's dialect object. A script that rewrites them
# (non-dialects in the registry, a negative, huge or str limit, an empty
# step table, poking every reader attribute) or feeds the reader
# non-str lines must only break its own csv use, with Python errors, and
# reach no frame, class graph or native state through them.
import csv, io
def t(label, fn):
    try:
        r = fn()
        print(label, 'ran:', repr(r)[:100])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:100])
r = csv.reader(['a,b', 'c,"d'])
t('reader attrs', lambda: [n for n in dir(r) if not n.startswith('__')])
t('reader vars', lambda: vars(r))
t('dialect attrs', lambda: [n for n in dir(r.dialect) if not n.startswith('__')])
t('dialect set', lambda: setattr(r.dialect, 'delimiter', ';'))
t('dialect vars', lambda: vars(r.dialect))
t('reader type', lambda: type(r).__name__)
t('reader class new', lambda: type(r)(['x']))
t('Reader direct', lambda: csv._Reader(['x'], csv.excel))
t('Writer direct', lambda: csv._Writer(io.StringIO(), csv.excel))
t('_Dialect', lambda: type(csv._Dialect(csv.excel)).__name__)
t('_dialects', lambda: sorted(csv._dialects))
csv._dialects['evil'] = 5
t('evil dialect', lambda: list(csv.reader(['a'], 'evil')))
class Hook(dict):
    def __getitem__(self, k):
        raise KeyError(k)
csv._field_limit = -1
t('neg limit', lambda: list(csv.reader(['abc'])))
csv._field_limit = 2**70
t('huge limit', lambda: list(csv.reader(['abc'])))
csv._field_limit = 'x'
t('str limit', lambda: list(csv.reader(['abc'])))
csv._field_limit = 131072
t('field_size_limit', lambda: (csv.field_size_limit(2**63), csv.field_size_limit(131072)))
saved_steps = csv._STEPS
csv._STEPS = ()
t('steps wiped', lambda: list(csv.reader(['a,"b"'])))
class Lines:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return 'a,"b\n' if self.n == 1 else 5
csv._STEPS = saved_steps
t('nonstr line', lambda: list(csv.reader(Lines())))
r2 = csv.reader(['a,b', 'c,d'])
next(r2)
t('reader state poke', lambda: [setattr(r2, n, None) for n in dir(r2) if not n.startswith('__')])
t('after poke', lambda: list(r2))
rows = [[1, 2]] * 3
class S:
    def __str__(self):
        rows.clear(); return 's'
rows = [[S(), S()], [S()]]
t('writerows clear', lambda: csv.writer(io.StringIO()).writerows(rows))
sn = csv.Sniffer()
t('sniff', lambda: sn.sniff('a,b\n' * 1000 + '"' * 5000))
t('sniff2', lambda: sn.has_header('a,b\n1,2\n' * 100))
t('sniff regex', lambda: sn.sniff('"' + 'a' * 20000 + '",' * 200))
# expect-output: reader attrs ran: ['dialect', 'line_num']
# expect-output: reader vars TypeError vars() argument must have __dict__ attribute
# expect-output: dialect attrs ran: ['delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspa
# expect-output: dialect set AttributeError attribute 'delimiter' of '_csv.Dialect' objects is not writable
# expect-output: dialect vars TypeError vars() argument must have __dict__ attribute
# expect-output: reader type ran: 'reader'
# expect-output: reader class new TypeError _csv.reader() takes no arguments
# expect-output: Reader direct TypeError _csv.reader() takes no arguments
# expect-output: Writer direct TypeError _csv.writer() takes no arguments
# expect-output: _Dialect ran: 'Dialect'
# expect-output: _dialects ran: ['excel', 'excel-tab', 'unix']
# expect-output: evil dialect ran: [['a']]
# expect-output: neg limit Error field larger than field limit (-1)
# expect-output: huge limit ran: [['abc']]
# expect-output: str limit TypeError '>' not supported between instances of 'int' and 'str'
# expect-output: field_size_limit OverflowError Python int too large to convert to C long
# expect-output: steps wiped IndexError tuple index out of range
# expect-output: nonstr line Error iterator should return strings, not int (the file should be opened in text mode)
# expect-output: reader state poke AttributeError readonly attribute
# expect-output: after poke ran: [['c', 'd']]
# expect-output: writerows clear ran: None
# expect-output: sniff ran: <class 'csv.Sniffer.sniff.<locals>.dialect'>
# expect-output: sniff2 ran: False
# expect-output: sniff regex ran: <class 'csv.Sniffer.sniff.<locals>.dialect'>
