# BytesIO and StringIO keep their state out of reach, as CPython's C types:
# no private attributes, while the instance dict stays the script's own
# and copy goes through __getstate__ / __setstate__.
import copy
import io

b = io.BytesIO(b'abc')
s = io.StringIO('line\r\nnext', newline=None)
for name in ('_buf', '_pos', '_closed', '_text', '_tail', '_in_memory'):
    print(name, hasattr(b, name), hasattr(s, name))
b.read(1)
s.read(2)
print(b.__getstate__(), s.__getstate__())
b.tag = 'kept'
c = copy.copy(b)
d = copy.deepcopy(s)
print(c.getvalue(), c.tell(), c.tag, d.getvalue() == s.getvalue(), d.tell(), d.read())


class Mine(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self._buf = 'my own'
        self._pos = 'mine too'


m = Mine(b'xyz')
print(m.read(), m._buf, m._pos, sorted(vars(m)))
for bad in ((b'x',), 5):
    try:
        io.BytesIO().__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
