# csv.reader over lists of strings and StringIO: quoting, escapes, line ends.
import csv
import io

def show(lines, **kw):
    r = csv.reader(lines, **kw)
    print([row for row in r], r.line_num)

show(['a,b,c\r\n', '1,2,3\r\n'])
show(['"quoted, with comma",plain\n'])
show(['"multi\n', 'line",x\n'])
show(['"doubled ""quote""",y\n'])
show(['a;b;c\n'], delimiter=';')
show(['a, b,  c\n'], skipinitialspace=True)
show(['a\\,b,c\n'], escapechar='\\')
show(['"a\\"b",c\n'], escapechar='\\', doublequote=False)
show(['a,"b"c,d\n'])
show(['\n', '\r\n', 'x\n'])
show(['a,b\n', '', 'c\n'])
show(["'a,b',c\n"], quotechar="'")
show(['"a,b",c\n'], quoting=csv.QUOTE_NONE)
show(['1,2.5,"x"\n'], quoting=csv.QUOTE_NONNUMERIC)
show(['a,,b,\n'])
show(['"unterminated'])
show(['a\0b,c'])
show(['a\\\n', 'b,c\n'], escapechar='\\')
show(['trailing'])
print(list(csv.reader(io.StringIO('x,y\r\n1,2\r\n"3\r\n4",5\r\n'))))
print(list(csv.reader('abc')))
r = csv.reader(['a\tb\n'], 'excel-tab')
print(next(r), r.dialect.delimiter == '\t')
r = csv.reader([])
print(type(r).__name__, r.dialect.quoting, repr(r.dialect.lineterminator))
