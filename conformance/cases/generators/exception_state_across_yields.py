import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield 1
        print("gen sees", repr(sys.exc_info()[1]))
        yield 2
    print("gen after", sys.exc_info())
    yield 3
try:
    raise KeyError("outer")
except KeyError:
    it = g()
    next(it)
    print("caller sees", repr(sys.exc_info()[1]))
    next(it)
print("outside", sys.exc_info())
next(it)
def h():
    yield
    raise TypeError("from h")
try:
    raise KeyError("caller ctx")
except KeyError:
    it2 = h(); next(it2)
    try:
        next(it2)
    except TypeError as e:
        print("context", repr(e.__context__))
def k():
    try:
        yield
    except Exception as e:
        print("thrown in", repr(e), repr(e.__context__))
        raise RuntimeError("wrapped")
it3 = k(); next(it3)
try:
    raise IndexError("active")
except IndexError:
    try:
        it3.throw(ValueError("thrown"))
    except RuntimeError as e:
        print("got", repr(e), repr(e.__context__), repr(e.__context__.__context__))
def gen_ctx():
    try:
        yield
    finally:
        print("finally exc", repr(sys.exc_info()[1]))
it4 = gen_ctx(); next(it4)
try:
    raise OSError("while closing")
except OSError:
    it4.close()
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", repr(sys.exc_info()[1]), t.__name__ if t else None)
        return True
try:
    raise ZeroDivisionError("zz")
except ZeroDivisionError:
    with CM():
        raise AttributeError("in with")
    print("after with", repr(sys.exc_info()[1]))
def nested_handlers():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        print("restored", repr(sys.exc_info()[1]))
    print("cleared", sys.exc_info()[1])
nested_handlers()
try:
    try:
        raise ValueError("a")
    finally:
        print("in finally", repr(sys.exc_info()[1]))
except ValueError:
    pass
e_saved = None
try:
    raise ValueError("x")
except ValueError as e:
    e_saved = e
try:
    raise TypeError("y")
except TypeError as e:
    print(repr(e.__context__))
    raise_ = False
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise e_saved
except ValueError as e:
    print(repr(e), repr(e.__context__))
