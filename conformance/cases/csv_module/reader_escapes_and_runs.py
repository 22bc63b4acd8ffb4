# The reader's escapechar, escaped line breaks, special characters as
# delimiter/quote/escape, NUL, and the field size limit at its boundary.
import csv


def show(lines, **kw):
    r = csv.reader(lines, **kw)
    out = []
    try:
        for row in r:
            out.append((row, r.line_num))
    except csv.Error as e:
        out.append(('Error', str(e), r.line_num))
    except ValueError as e:
        out.append(('ValueError', str(e), r.line_num))
    print(repr(lines), sorted(kw.items()), out)


# An escaped CR or LF keeps the field open past the end of its line, until
# a delimiter, a line break or the escapechar ends that.
show(['a\\\rb', 'c', ''], escapechar='\\')
show(['a\\\nb;c', 'd'], escapechar='\\', delimiter=';')
show(['x\\\r\\y', 'z'], escapechar='\\')
show(['p\\\n', '', 'q'], escapechar='\\')
show(['\\\n', 'more'], escapechar='\\')
# An escapechar at the end of a line stands for a newline.
show(['a\\', 'b'], escapechar='\\')
show(['"a\\', 'b"'], escapechar='\\')
# Escapes inside and outside quotes; an escaped first character is never a number.
show(['"a\\"b",c\\,d'], escapechar='\\')
show(['\\1,2,"3"'], escapechar='\\', quoting=csv.QUOTE_NONNUMERIC)
show(['1,x'], quoting=csv.QUOTE_NONNUMERIC)
# Characters that are special in regular expressions.
show(['a]b]"c]d"]e'], delimiter=']')
show(['a^b^^c'], delimiter='^', quotechar='^')
show(['-a-,b-', 'c'], escapechar='-')
show(['x\\y', 'z\\\\w'], quotechar='\\')
# quotechar and escapechar the same character: the escape wins.
show(['"a""b",c'], escapechar='"')
show(['a,"b"x,c'], doublequote=False)
show(['a,"b"x,c'], strict=True)
show(['"a" b,c'], strict=False)
# Quotes only count at the start of a field; QUOTE_NONE ignores them.
show(['a"b,"c"d"'])
show(['"a,b",c'], quoting=csv.QUOTE_NONE)
# NUL is an ordinary character.
show(['a\0b,\0', '"\0"'])
# skipinitialspace skips spaces before a quote, and a space delimiter.
show(['a,  "b, c",   d'], skipinitialspace=True)
show(['a  b c'], delimiter=' ', skipinitialspace=True)
# Line ends inside and after quoted fields.
show(['"a\r\nb",c\r\n', 'd\r\n'])
show(['a\r', 'b\r\n'])
show(['a\rb'])
show(['"unclosed', 'still'])
show(['"unclosed', 'still'], strict=True)
show(['', ' ', 'a'])

# The limit refuses the character that would make a field longer than it.
old = csv.field_size_limit(4)
show(['abcd,abcde'])
show(['"abcd"', '"abcd', 'e"'])
show(['ab\\', 'c'], escapechar='\\')
show(['abc\\', 'x'], escapechar='\\')
csv.field_size_limit(0)
show(['', ',', '""', 'a'])
csv.field_size_limit(old)


# A str subclass line is read by its characters, whatever it overrides.
class Line(str):
    def __getitem__(self, i):
        return 'Z'

    def __iter__(self):
        return iter('ZZZ')


show([Line('a,"b"'), Line('c')])
