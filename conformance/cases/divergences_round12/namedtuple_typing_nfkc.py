# typing.NamedTuple and collections.namedtuple with field names that
# NFKC-normalize to the same identifier, and the compiled names class
# bodies use.
import typing
from collections import namedtuple


def show(label, fn):
    try:
        print(label, fn())
    except (SyntaxError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


show('functional', lambda: typing.NamedTuple('P', [('\ufb01', int), ('fi', int)]))
show('kwargs', lambda: typing.NamedTuple('P', x=int, y=str)._fields)
show('ok_nonascii', lambda: namedtuple('P', ['caf\u00e9', 'na\u00efve'])('a', 'b'))
show('ok_nfkc_kw', lambda: namedtuple('P', ['\u212b'])(**{'\u00c5': 1}))
show('dup_three', lambda: namedtuple('P', ['a', '\u00aa', 'x']))
show('dup_ascii_last', lambda: namedtuple('P', ['\uff41', 'b', 'a']))


class Q(typing.NamedTuple):
    ﬁeld: int = 0


print(Q._fields, Q())
