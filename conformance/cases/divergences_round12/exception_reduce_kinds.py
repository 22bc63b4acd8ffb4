# __reduce__ of built-in exceptions with extra state, and copies that keep
# it: the class, args and attribute dict, as CPython's.
import copy

cases = [
    UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
    UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range'),
    KeyError('k'), IndexError(), SystemExit(3), StopIteration('v'),
    BlockingIOError(11, 'again', 5), PermissionError(13, 'denied', 'f'),
    ModuleNotFoundError('no mod', name='m'), AttributeError('a'),
    ExceptionGroup('eg', [ValueError(1)]), RecursionError('deep'),
]
for e in cases:
    r = e.__reduce__()
    c = copy.copy(e)
    d = copy.deepcopy(e)
    print(type(e).__name__, r[1], r[2:] if len(r) > 2 else '-', str(c) == str(e),
          type(d).__name__, d.args == e.args)
e = ValueError('with state')
e.code = 7
e.add_note('a note')
c = copy.deepcopy(e)
print(c.code, c.__notes__, c.__notes__ is e.__notes__, e.__reduce__())
s = StopIteration('v')
print(copy.copy(s).value, copy.copy(SystemExit(4)).code)
b = BlockingIOError(11, 'again', 5)
print(copy.copy(b).characters_written)
