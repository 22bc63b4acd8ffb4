import math
def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
class BadLen:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class BadBool:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class BadHash:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
class BadIndex:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return b"x"
class BadIter:
    def __iter__(self): return 5
class BadNext:
    def __iter__(self): return self
class BadInt:
    def __int__(self): return "5"
class BadFloat:
    def __float__(self): return 5
class BadComplex:
    def __complex__(self): return 5
class BadFormat:
    def __format__(self, spec): return 1
class BadBytes:
    def __bytes__(self): return "s"
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
class NoRound: pass
class Plain: pass
show('len(-1)', lambda: len(BadLen(-1)))
show('len(str)', lambda: len(BadLen("3")))
show('len(2**70)', lambda: len(BadLen(2**70)))
show('len(1.0)', lambda: len(BadLen(1.0)))
show('bool(1)', lambda: bool(BadBool(1)))
show('if None', lambda: 1 if BadBool(None) else 0)
show('not', lambda: not BadBool("x"))
show('hash str', lambda: hash(BadHash("x")))
show('hash big', lambda: hash(BadHash(2**100)) == hash(2**100))
show('hash float', lambda: hash(BadHash(1.0)))
show('index str', lambda: [1, 2][BadIndex("0")])
show('index ok', lambda: [1, 2][BadIndex(1)])
show('range', lambda: range(BadIndex(2.0)))
show('bin', lambda: bin(BadIndex(None)))
show('repr', lambda: repr(BadRepr()))
show('str', lambda: str(BadStr()))
show('str of repr', lambda: str(BadRepr()))
show('fmt', lambda: f"{BadRepr()!r}")
show('iter', lambda: iter(BadIter()))
show('for', lambda: [x for x in BadIter()])
show('next', lambda: next(BadNext()))
show('list', lambda: list(BadNext()))
show('next plain', lambda: next(Plain()))
show('iter plain', lambda: iter(Plain()))
show('int', lambda: int(BadInt()))
show('float', lambda: float(BadFloat()))
show('complex', lambda: complex(BadComplex()))
show('format', lambda: format(BadFormat(), ""))
show('fstr', lambda: f"{BadFormat()}")
show('bytes', lambda: bytes(BadBytes()))
show('getitem iter', lambda: list(GetItemOnly()))
show('getitem in', lambda: 20 in GetItemOnly())
show('round', lambda: round(NoRound()))
show('round 2', lambda: round(NoRound(), 2))
show('format plain', lambda: format(Plain(), "d"))
show('format plain2', lambda: f"{Plain():>10}")
show('abs plain', lambda: abs(Plain()))
show('len plain', lambda: len(Plain()))
show('reversed plain', lambda: reversed(Plain()))
show('plain[0]', lambda: Plain()[0])
show('plain[0]=', lambda: Plain().__setitem__(0, 1))
show('del plain', lambda: Plain().__delitem__(0))
show('math.floor', lambda: math.floor(Plain()))
show('int plain', lambda: int(Plain()))
show('float plain', lambda: float(Plain()))
show('complex plain', lambda: complex(Plain()))
show('sum', lambda: sum([Plain()]))
show('sum str', lambda: sum(["a", "b"], ""))
show('sorted key', lambda: sorted([1, 2], key=5))
show('min empty', lambda: min([]))
show('max empty default', lambda: max([], default="d"))
show('divmod plain', lambda: divmod(Plain(), 2))
show('pow3', lambda: pow(Plain(), 2, 3))
show('hex float', lambda: hex(1.5))
show('oct str', lambda: oct("7"))
show('chr float', lambda: chr(65.0))
