# warnings.showwarning and formatwarning are the documented hooks a payload
# replaces to receive each warning's details; in CPython some versions hand
# the hook a frame through `source` and the C implementation reads the
# caller's frame globals (__warningregistry__, __loader__ via
# module_globals). A hook must receive only plain values: the message,
# category, file name, line number, file None and the source line.
# expect-output: ('UserWarning', 'UserWarning', 'str', 'int', None, 'NoneType')
# expect-output: ('UserWarning', 'UserWarning', 'str', 'int', None, 'NoneType')
# expect-output: ('UserWarning', 'UserWarning', 'str', 'int', None, 'NoneType')
# expect-output: ('UserWarning', 'UserWarning', 'str', 'int', None, 'NoneType')
# expect-output: ('UserWarning', 'UserWarning', 'str', 'int', None, 'NoneType')
# expect-output: [('WarningMessage', True, None, 'NoneType')]
# expect-output: warnings._caller(1) values ran: ['str', 'int', 'str', 'str', 'str', 'bool']
# expect-output: WarningMessage attributes ran: ['_category_name', 'category', 'file', 'filename', 'line', 'lineno', 'message', 'source']
# expect-output: warnings.filters entry kinds ran: ['NoneType', 'int', 'str', 'type']
# expect-output: warnings.warn stacklevel huge ran: None
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


import warnings

received = []


def show(message, category, filename, lineno, file=None, line=None):
    received.append((type(message).__name__, category.__name__, type(filename).__name__,
                     type(lineno).__name__, file, type(line).__name__))


def fmt(message, category, filename, lineno, line=None):
    received.append(('format', type(line).__name__))
    return 'formatted\n'


warnings.showwarning = show
warnings.simplefilter('always')


def deep(n):
    if n:
        return deep(n - 1)
    warnings.warn('w', stacklevel=3)
    warnings.warn('w', stacklevel=500)
    warnings.warn(UserWarning('instance'), stacklevel=2)


deep(3)
warnings.warn_explicit('m', UserWarning, 'file.py', 7, module='mod', registry={},
                       module_globals={'__loader__': print, '__name__': 'x', '__spec__': None})
warnings.warn_explicit('m', UserWarning, 'file.py', 8, registry={'version': -1})
for r in received:
    print(r)
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, '_showwarning_orig') else show
warnings.formatwarning = fmt
with warnings.catch_warnings(record=True) as caught:
    warnings.warn('recorded')
print([(type(w).__name__, w.lineno > 0, w.file, type(w.source).__name__) for w in caught])
attempt('warnings._caller(1) values', lambda: [type(v).__name__ for v in warnings._caller(1)])
attempt('WarningMessage attributes', lambda: sorted(vars(caught[0])))
attempt('warnings.filters entry kinds', lambda: sorted({type(x).__name__ for f in warnings.filters for x in f}))
attempt('warnings.warn stacklevel huge', lambda: warnings.warn('x', stacklevel=2**40))
