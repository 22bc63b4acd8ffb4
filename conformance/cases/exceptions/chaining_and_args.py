class MyErr(Exception):
    def __init__(self, code, msg="default"):
        super().__init__(code, msg)
        self.code = code
e = MyErr(5)
print(e.args, str(e), repr(e), e.code)
class NoArgs(Exception): pass
print(repr(NoArgs()), str(NoArgs()), repr(NoArgs("one")), str(NoArgs("one")), str(NoArgs(1, 2)))
class WithStr(Exception):
    def __str__(self): return "custom str"
print(str(WithStr("x")), repr(WithStr("x")))
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoSuperInit(1, 2).args, str(NoSuperInit(1, 2)))
class KE(KeyError): pass
print(str(KeyError("k")), str(KE("k")), str(KeyError("a", "b")), str(KeyError()))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e: print(e)
try:
    raise 5
except TypeError as e: print(e)
try:
    raise int
except TypeError as e: print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e: print(e)
try:
    raise ValueError from KeyError
except ValueError as e: print(repr(e), repr(e.__cause__))
e = ValueError("a")
e.__cause__ = KeyError("c")
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as te: print(te)
try:
    e.__context__ = "s"
except TypeError as te: print(te)
print(ValueError("x").with_traceback(None).args)
def reraise():
    try:
        raise KeyError("a")
    except KeyError:
        raise
try: reraise()
except KeyError as e: print("reraised", e)
try:
    raise
except RuntimeError as e: print(e)
def handler_scope():
    try:
        raise ValueError("q")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as ne:
        return str(ne)
    except UnboundLocalError as ne:
        return "UnboundLocalError: " + str(ne)
print(handler_scope())
try:
    try:
        raise TypeError("inner")
    finally:
        print("finally runs")
except TypeError as e: print("outer", e)
def finally_return():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(finally_return())
def nested_ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            raise ValueError(3)
try: nested_ctx()
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
except ValueError as e2:
    print("same ctx?", e2.__context__ is None)
ex = Exception("a", "b")
ex.args = ("z",)
print(ex, ex.args)
ex.args = [1, 2]
print(ex.args)
print(BaseException().args, Exception(None).args, str(Exception(None)))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(str(UnicodeError("u")), StopIteration(5).value, SystemExit(3).code)
import math
try: math.sqrt(-1)
except ValueError as e: print(e)
try: 2 ** 10000.0
except OverflowError as e: print(e)
