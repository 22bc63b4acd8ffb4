# namedtuple's validation of type and field names, as CPython 3.11's.
from collections import namedtuple


def show(*args, **kwargs):
    try:
        cls = namedtuple(*args, **kwargs)
        print(cls.__name__, cls._fields, cls._field_defaults)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)


show('P', ['\ufb01', 'fi'])
show('P', 'x \ufb01 fi')
show('P', ['ℌ', 'H'])
show('P', ['\ufb01'])
show('\ufb01x', ['a'])
show('P', ['a', 'a'])
show('P', ['a', 'a'], rename=True)
show('P', ['a', '_b'])
show('P', ['a', '_b'], rename=True)
show('P', ['a', 'def'])
show('P', ['a', 'def'], rename=True)
show('P', ['a', '1x'])
show('P', ['a', ''])
show('def', ['a'])
show('1P', ['a'])
show('P-Q', ['a'])
show('', ['a'])
show('P', ['a', 3])
show(3, ['a'])
show('P', 'a,b c')
show('P', 'a, b, a', rename=True)
show('P', ['a', 'b'], defaults=[1, 2, 3])
show('P', ['a', 'b'], defaults=3)
show('P', ['a', 'b'], defaults=(9,))
show('P', ['a', 'b'], defaults=iter([9]))
show('P', [], defaults=[])
show('P', ['a'], module=3)
show('P', ['_0', 'x'])
show('P', ['x', 'x', 'x'], rename=True)
show('P', ['x\u0301', 'x'])
show('P', 'ab cd', rename=1)
show('P', 5)
show('P', ['a'], 1)
show('P', ['a'], foo=1)
show('P', ['\u00b5', '\u03bc'])
show('P', ['K', '\u212a'])
for f in (['\ufb01', 'fi'], ['a', 'b', '\u212a', 'K'], ['\u00b5', 'x', '\u03bc'], ['fi', '\ufb01'],
          ['\u00b5', '\u03bc', 'y']):
    try:
        namedtuple('P', f)
    except SyntaxError as e:
        print(e.args, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
