# bytearray.__init__ on an existing bytearray empties it first, then fills
# it as bytearray(...) would; argument-parsing errors leave it alone.
b = bytearray(b'abc')
print(b.__init__(), b)
b.__init__(b'xy'); print(b)
b.__init__(3); print(b)
b.__init__('hé', 'utf-8'); print(b)
b.__init__([1, 2]); print(b)
bytearray.__init__(b, b'q'); print(b)
try:
    b.__init__('x')
except TypeError as e:
    print(e, b)
try:
    b.__init__(-1)
except ValueError as e:
    print(e, b)
try:
    b.__init__(iter([1, 300]))
except ValueError as e:
    print(e, b)
m = b
b.__init__(b)
print(b, m is b)
class B(bytearray):
    pass
x = B(b'zz'); x.__init__(b'k'); print(x)
b = bytearray(b'keep')
try:
    b.__init__(b'x', encoding=1)
except TypeError as e:
    print(e, b)
try:
    b.__init__(1, 2, 3, 4)
except TypeError as e:
    print(e, b)
b.__init__(x for x in (7, 8))
print(b)
