# The VM issues DeprecationWarning through the script's own warnings
# module when an __index__ returns a strict int subclass, in the middle of
# a native operation (subscript, slice, insert, pop, count, pack_into...).
# A showwarning hook then runs script code at a point where a careless
# native already holds the container's size or buffer: the hook clears the
# container being indexed. CPython reads freed memory in some of these
# (bytearray.count/find take the buffer before converting their bounds) and
# refuses others with BufferError; moat must re-read the container after
# every conversion and answer from its current contents.
import warnings, array, struct, collections, operator, itertools, functools, heapq, bisect
class I(int): pass
victims = []
def hook(message, category, filename, lineno, file=None, line=None):
    for v in victims:
        try:
            if isinstance(v, (bytearray, list, array.array, collections.deque)):
                v.clear()
            elif isinstance(v, dict):
                v.clear()
        except Exception as e:
            print('hook', type(e).__name__)
warnings.showwarning = hook
warnings.simplefilter('always')
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return I(self.n)
def t(label, fn):
    try:
        r = fn()
        print(label, 'ran:', repr(r)[:80])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:80])
def fresh(kind, n=1000):
    v = kind(range(n)) if kind is not bytearray else bytearray(range(256)) * 4
    victims[:] = [v]
    return v
for kind in (bytearray, list, collections.deque):
    v = fresh(kind); t(f'{kind.__name__} getitem', lambda: v[Idx(900)])
    v = fresh(kind); t(f'{kind.__name__} setitem', lambda: v.__setitem__(Idx(900), 1))
    v = fresh(kind); t(f'{kind.__name__} delitem', lambda: v.__delitem__(Idx(900)))
    v = fresh(kind); t(f'{kind.__name__} insert', lambda: v.insert(Idx(900), 1))
    v = fresh(kind); t(f'{kind.__name__} pop', lambda: v.pop(Idx(900)) if kind is not collections.deque else v.rotate(Idx(900)))
    v = fresh(kind); t(f'{kind.__name__} index', lambda: v.index(5, Idx(1), Idx(900)))
    v = fresh(kind); t(f'{kind.__name__} mul', lambda: len(v * Idx(3)))
    v = fresh(kind); t(f'{kind.__name__} imul', lambda: v.__imul__(Idx(3)) and len(v))
    if kind is not collections.deque:
        v = fresh(kind); t(f'{kind.__name__} slice', lambda: len(v[Idx(1):Idx(900):Idx(2)]))
        v = fresh(kind); t(f'{kind.__name__} setslice', lambda: v.__setitem__(slice(Idx(1), Idx(900), Idx(3)), [1]*300 if kind is list else bytes(300)))
        v = fresh(kind); t(f'{kind.__name__} delslice', lambda: v.__delitem__(slice(Idx(1), Idx(900), Idx(3))))
v = fresh(bytearray); t('ba setitem value', lambda: v.__setitem__(900, Idx(5)))
v = fresh(bytearray); t('ba append value', lambda: v.append(Idx(5)))
v = fresh(bytearray); t('ba insert value', lambda: v.insert(900, Idx(5)))
v = fresh(bytearray); t('ba fill', lambda: v.__setitem__(slice(0, 900), [Idx(1)]*900))
v = fresh(bytearray); t('ba count', lambda: v.count(Idx(3), Idx(10), Idx(900)))
v = fresh(bytearray); t('ba find', lambda: v.find(Idx(3), Idx(10)))
v = fresh(bytearray); t('ba extend', lambda: v.extend([Idx(1)]*10))
v = fresh(bytearray); t('ba translate', lambda: v.center(Idx(2000)))
a = array.array('i', range(1000)); victims[:] = [a]
t('array setitem', lambda: a.__setitem__(Idx(900), Idx(3)))
a = array.array('i', range(1000)); victims[:] = [a]
t('array pop', lambda: a.pop(Idx(900)))
b = bytearray(100); victims[:] = [b]
t('struct pack_into', lambda: struct.pack_into('i', b, Idx(90), Idx(5)))
b = bytearray(100); victims[:] = [b]
t('struct unpack_from', lambda: struct.unpack_from('i', b, Idx(90)))
b = bytearray(100); victims[:] = [b]
t('int from bytes', lambda: int.to_bytes(5, Idx(4), 'big'))
l = list(range(100)); victims[:] = [l]
t('islice', lambda: list(itertools.islice(l, Idx(1), Idx(90))))
l = list(range(100)); victims[:] = [l]
t('bisect', lambda: bisect.bisect(l, 50, Idx(1), Idx(90)))
l = list(range(100)); victims[:] = [l]
t('insort', lambda: bisect.insort(l, 50, Idx(1), Idx(90)))
d = collections.deque(range(100), maxlen=100); victims[:] = [d]
t('deque maxlen', lambda: collections.deque(d, Idx(5)))
l = list(range(100)); victims[:] = [l]
t('range', lambda: range(Idx(5))[Idx(3)])
t('str mul', lambda: len('ab' * Idx(5)))
l = list(range(1000)); victims[:] = [l]
t('list slice assign ext', lambda: l.__setitem__(slice(Idx(0), Idx(1000)), l))
# expect-output: bytearray getitem IndexError bytearray index out of range
# expect-output: bytearray setitem IndexError bytearray index out of range
# expect-output: bytearray delitem IndexError bytearray index out of range
# expect-output: bytearray insert ran: None
# expect-output: bytearray pop IndexError pop from empty bytearray
# expect-output: bytearray index ValueError subsection not found
# expect-output: bytearray mul ran: 0
# expect-output: bytearray imul ran: bytearray(b'')
# expect-output: bytearray slice ran: 0
# expect-output: bytearray setslice ValueError attempt to assign bytes of size 300 to extended slice of size 0
# expect-output: bytearray delslice ran: None
# expect-output: list getitem IndexError list index out of range
# expect-output: list setitem IndexError list assignment index out of range
# expect-output: list delitem IndexError list assignment index out of range
# expect-output: list insert ran: None
# expect-output: list pop IndexError pop from empty list
# expect-output: list index ValueError 5 is not in list
# expect-output: list mul ran: 0
# expect-output: list imul ran: []
# expect-output: list slice ran: 0
# expect-output: list setslice ValueError attempt to assign sequence of size 300 to extended slice of size 0
# expect-output: list delslice ran: None
# expect-output: deque getitem IndexError deque index out of range
# expect-output: deque setitem IndexError deque index out of range
# expect-output: deque delitem IndexError deque index out of range
# expect-output: deque insert ran: None
# expect-output: deque pop ran: None
# expect-output: deque index ValueError 5 is not in deque
# expect-output: deque mul ran: 0
# expect-output: deque imul ran: deque([])
# expect-output: ba setitem value IndexError bytearray index out of range
# expect-output: ba append value ran: None
# expect-output: ba insert value ran: None
# expect-output: ba fill ran: None
# expect-output: ba count ran: 0
# expect-output: ba find ran: -1
# expect-output: ba extend ran: None
# expect-output: ba translate ran: bytearray(b'                                                                    
# expect-output: hook AttributeError
# expect-output: hook AttributeError
# expect-output: array setitem ran: None
# expect-output: hook AttributeError
# expect-output: array pop ran: 900
# expect-output: struct pack_into error pack_into requires a buffer of at least 94 bytes for packing 4 bytes at offset 9
# expect-output: struct unpack_from error unpack_from requires a buffer of at least 94 bytes for unpacking 4 bytes at offs
# expect-output: int from bytes ran: b'\x00\x00\x00\x05'
# expect-output: islice ran: []
# expect-output: bisect IndexError list index out of range
# expect-output: insort IndexError list index out of range
# expect-output: deque maxlen TypeError an integer is required
# expect-output: range ran: 3
# expect-output: str mul ran: 10
# expect-output: list slice assign ext ran: None
