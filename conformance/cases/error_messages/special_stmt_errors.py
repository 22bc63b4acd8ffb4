def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
class NoCM: pass
class OnlyEnter:
    def __enter__(self): return self
class OnlyExit:
    def __exit__(self, *a): pass
def w1():
    with NoCM():
        pass
def w2():
    with OnlyEnter():
        pass
def w3():
    with OnlyExit():
        pass
def w4():
    with 5 as x:
        pass
def w5():
    with open_like() as (a, b):
        pass
class open_like:
    def __enter__(self): return 1
    def __exit__(self, *a): return False
show('with NoCM', w1)
show('with OnlyEnter', w2)
show('with OnlyExit', w3)
show('with int', w4)
show('with unpack', w5)
def s1():
    class A:
        def f(self): return super().f()
    return A().f()
def s2():
    return super(int, "x")
def s3():
    class A: pass
    return super(A, 1)
def s4():
    def f():
        return super()
    return f()
def s5():
    class A:
        @staticmethod
        def f(): return super().x
    return A.f()
def s6():
    class A:
        def f(self):
            return super().missing
    return A().f()
def s7():
    return super(1)
show('super().f', s1)
show('super(int, str)', s2)
show('super(A, 1)', s3)
show('super() outside', s4)
show('super() static', s5)
show('super().missing', s6)
show('super(1)', s7)
def g1():
    def g():
        yield 1
    it = g()
    return it.send(1)
def g2():
    def g():
        yield 1
    it = g()
    next(it)
    return it.throw(ValueError("thrown"))
def g3():
    def g():
        yield 1
    it = g()
    list(it)
    return next(it)
def g4():
    def g():
        return 5
        yield
    return next(g())
def g5():
    def g():
        raise StopIteration("inside")
        yield
    return next(g())
def g6():
    def g():
        yield
    it = g()
    return it.throw(TypeError)
def g7():
    def g():
        yield 1
    return g().throw(1)
def g8():
    def g():
        x = yield from [1, 2]
        yield x
    return list(g())
def g9():
    def g():
        yield from 5
    return list(g())
def g10():
    def g():
        try:
            yield 1
        finally:
            return 2
    it = g(); next(it)
    return it.close()
show('send non-None', g1)
show('throw', g2)
show('exhausted', g3)
show('return value', g4)
show('StopIteration inside', g5)
show('throw class', g6)
show('throw int', g7)
show('yield from list', g8)
show('yield from int', g9)
show('close returning', g10)
def m1():
    match 5:
        case int(x, y):
            return x
def m2():
    match 5:
        case len():
            return 1
def m3():
    class P:
        __match_args__ = ("a",)
    match P():
        case P(b):
            return b
def m4():
    class P:
        __match_args__ = 5
    match P():
        case P(b):
            return b
def m5():
    class P:
        a = 1
        __match_args__ = ("a",)
    match P():
        case P(x, a=y):
            return (x, y)
show('match int(x, y)', m1)
show('match len()', m2)
show('match missing attr', m3)
show('match_args int', m4)
show('match dup', m5)
def d1():
    del undefined_name
def d2():
    x = 1
    del x
    return x
def d3():
    class A: pass
    del A().nope
def d4():
    l = [1]
    del l[5]
def d5():
    d = {}
    del d["k"]
def d6():
    t = (1,)
    del t[0]
def d7():
    s = "abc"
    s[0] = "x"
def d8():
    import math
    del math.pi
show('del undefined', d1)
show('del then read', d2)
show('del attr', d3)
show('del list idx', d4)
show('del dict key', d5)
show('del tuple item', d6)
show('str item assign', d7)
show('del module attr', d8)
