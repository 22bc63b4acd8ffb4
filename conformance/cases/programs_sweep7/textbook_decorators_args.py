import functools
def repeat(times=2, *, sep=None):
    if callable(times):
        return repeat()(times)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            results = [fn(*a, **k) for _ in range(times)]
            return sep.join(map(str, results)) if sep else results
        wrapper.times = times
        return wrapper
    return deco
@repeat
def hi(): return "hi"
@repeat(3, sep="-")
def num(x): return x * 2
print(hi(), num(4), hi.times, num.times, num.__name__, hi.__wrapped__())
def log_calls(prefix):
    def deco(fn):
        count = 0
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            nonlocal count
            count += 1
            arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            print(f"{prefix} call #{count}: {fn.__name__}({arg_s})")
            try:
                r = fn(*args, **kwargs)
            except Exception as e:
                print(f"{prefix}   raised {type(e).__name__}: {e}")
                raise
            print(f"{prefix}   -> {r!r}")
            return r
        wrapper.calls = lambda: count
        return wrapper
    return deco
@log_calls("[trace]")
def div(a, b=1): return a / b
div(6, 3); div(1, b=4)
try:
    div(1, 0)
except ZeroDivisionError:
    pass
print(div.calls())
def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kw):
            for k, t in types.items():
                if k in kw and not isinstance(kw[k], t):
                    raise TypeError(f"{fn.__name__}: {k} must be {t.__name__}, got {type(kw[k]).__name__}")
            return fn(**kw)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(**kw): return kw
print(person(name="x", age=3))
try:
    person(name="x", age="3")
except TypeError as e:
    print("TypeError", e)
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn); self.n = 0
    def __call__(self, *a):
        self.n += 1; return self.__wrapped__(*a)
@CountCalls
def sq(x): return x * x
print(sq(3), sq(4), sq.n, sq.__name__)
def stacked(tag):
    def d(fn):
        def w(): return f"<{tag}>{fn()}</{tag}>"
        return w
    return d
@stacked("b")
@stacked("i")
def text(): return "t"
print(text(), text.__name__)
def class_deco(cls):
    cls.tagged = True
    orig = cls.__init__
    def __init__(self, *a, **k):
        print("  init", cls.__name__, a)
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@class_deco
class W:
    def __init__(self, v): self.v = v
w = W(5); print(w.v, W.tagged)
class Meth:
    def __init__(self): self.k = 10
    def __repr__(self): return 'Meth()'
    @log_calls(">>")
    def add(self, x): return self.k + x
    @staticmethod
    @repeat(2)
    def twice(): return 1
    @classmethod
    @functools.lru_cache
    def cached(cls, n): print("  computing", n); return n * 2
print(Meth().add(5), Meth.twice(), Meth.cached(3), Meth.cached(3))
print(div.__qualname__, Meth.add.__qualname__, text.__qualname__)
div(1, "x")
