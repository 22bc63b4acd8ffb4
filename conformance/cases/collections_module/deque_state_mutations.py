# A deque's iterators and scans see every mutation that moves its items
# (CPython's deque->state), even when the length comes back the same;
# __setitem__, reverse and no-op calls are not mutations.
from collections import deque
def probe(name, op):
    d = deque(range(5))
    it = iter(d); next(it)
    op(d)
    try:
        next(it); print(name, 'ok')
    except RuntimeError as e:
        print(name, 'RuntimeError')
probe('rotate', lambda d: d.rotate(1))
probe('rotate0', lambda d: d.rotate(0))
probe('reverse', lambda d: d.reverse())
probe('setitem', lambda d: d.__setitem__(0, 9))
probe('append+pop', lambda d: (d.append(1), d.pop()))
probe('insert', lambda d: d.insert(0, 1))
probe('remove', lambda d: d.remove(3))
probe('delitem', lambda d: d.__delitem__(0))
probe('clear', lambda d: d.clear())
probe('extend[]', lambda d: d.extend([]))
probe('iadd', lambda d: d.__iadd__([1]))
probe('imul1', lambda d: d.__imul__(1))
probe('imul2', lambda d: d.__imul__(2))
probe('appendleft+popleft', lambda d: (d.appendleft(1), d.popleft()))
probe('copy', lambda d: d.copy())
probe('count', lambda d: d.count(1))
d = deque(range(3), maxlen=3)
it = iter(d); next(it); d.append(7)
try:
    next(it); print('maxlen append ok')
except RuntimeError: print('maxlen append RuntimeError')
r = reversed(deque(range(4))); next(r)
def probe2(name, init, op):
    d = deque(init)
    it = iter(d)
    op(d)
    try:
        next(it); print(name, 'ok')
    except RuntimeError as e:
        print(name, 'RuntimeError')
    except StopIteration:
        print(name, 'Stop')
probe2('clear empty', [], lambda d: d.clear())
probe2('rotate empty', [], lambda d: d.rotate(1))
probe2('rotate one', [1], lambda d: d.rotate(1))
probe2('rotate one 0', [1], lambda d: d.rotate(0))
probe2('imul0', [1, 2], lambda d: d.__imul__(0))
probe2('imul0 empty', [], lambda d: d.__imul__(0))
probe2('imul2 empty', [], lambda d: d.__imul__(2))
probe2('imul-1', [1], lambda d: d.__imul__(-1))
probe2('maxlen0 append', [], lambda d: None)
d = deque(maxlen=0); it = iter(d); d.append(1)
try: next(it); print('m0 ok')
except RuntimeError: print('m0 RuntimeError')
except StopIteration: print('m0 Stop')
d = deque([1,2]); it = iter(d); next(it); d[0] = 5; print(next(it))
class E:
    def __eq__(s, o):
        d.rotate(1); return False
d = deque([1, E(), 3])
for name in ('count', 'index', 'remove', '__contains__'):
    d = deque([1, E(), 3])
    try:
        print(name, getattr(d, name)(3))
    except Exception as e: print(name, type(e).__name__, e)
