def g():
    yield 1
gen = g()
try: gen.throw(ValueError)
except ValueError as e: print("not started", repr(e))
print(next(gen, "fin"))
gen = g()
try: gen.throw(ValueError, "msg")
except ValueError as e: print(repr(e))
gen = g()
try: gen.throw(ValueError, ValueError("inst"))
except ValueError as e: print(repr(e))
gen = g()
try: gen.throw(1)
except TypeError as e: print(e)
gen = g()
try: gen.throw(ValueError("a"), "b")
except TypeError as e: print(e)
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e)
c = catcher(); next(c)
c.throw(KeyError, "k")
c.throw(TypeError("t"))
c.throw(StopIteration)
c.close()
def with_ctx():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError("converted")
w = with_ctx(); next(w)
try: w.throw(ZeroDivisionError("z"))
except ValueError as e: print(e, "context:", repr(e.__context__))
def st():
    yield 1
s = st(); next(s)
try: s.throw(StopIteration)
except RuntimeError as e: print("RE", e)
except StopIteration: print("SI")
def throws_gen_exit():
    yield 1
t = throws_gen_exit(); next(t)
try: t.throw(GeneratorExit)
except GeneratorExit: print("GeneratorExit propagated")
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
def deleg():
    r = yield from It()
    print("r", r)
d = deleg(); print(next(d))
try: d.throw(KeyError("x"))
except KeyError as e: print("KeyError thrown through", e)
d = deleg(); next(d)
d.close(); print("closed deleg")
d = deleg(); print(next(d))
try: d.send(1)
except AttributeError as e: print(e)
class ItSend(It):
    def send(self, v): print("send", v); return v
    def throw(self, *a): print("throw", a[0]); return "thrown"
    def close(self): print("close called")
def deleg2():
    yield from ItSend()
d = deleg2(); next(d); print(d.send(5)); print(d.throw(ValueError("q")))
d.close()
