# A class deriving from list or bytearray inherits `__iadd__` as a number
# slot, so `+=` extends before the right operand's __radd__ is tried; the
# built-in types themselves, `+`, and `*=` try __radd__/__rmul__ first.
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return ('radd', o)
    def __rmul__(self, o): return ('rmul', o)
    def __index__(self): return self.v
    def __iter__(self): return iter([7])

class NoIter:
    def __radd__(self, o): return ('radd', o)

class L(list): pass
class T(tuple): pass
class BA(bytearray): pass
class S(str): pass

def show(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)

def iadd(a, b):
    a += b
    return a

def imul(a, b):
    a *= b
    return a

show(lambda: iadd(L([1]), Num(0)))
show(lambda: iadd([1], Num(0)))
show(lambda: iadd(L([1]), NoIter()))
show(lambda: iadd(T([1]), Num(0)))
show(lambda: iadd(S('a'), Num(0)))
show(lambda: iadd(BA(b'a'), Num(0)))
show(lambda: iadd(bytearray(b'a'), Num(0)))
show(lambda: L([1]) + Num(0))
show(lambda: imul(L([1]), Num(2)))
show(lambda: imul(BA(b'a'), Num(2)))
show(lambda: iadd(L([1]), [2]))
