try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("note one")
    e.add_note("line a\nline b")
    print(e.__notes__)
class MyE(Exception): pass
m = MyE("m")
m.add_note("x")
print(m.__notes__, m.args)
try: m.add_note(5)
except TypeError as e: print(e)
m.__notes__ = "notalist"
try: m.add_note("y")
except TypeError as e: print(e)
v = ValueError()
v.detail = {"k": 1}
print(v.detail)
del v.detail
try: v.detail
except AttributeError as e: print(e)
try: del v.nothing
except AttributeError as e: print(e)
try: del v.args
except TypeError as e: print(e)
try: del v.__cause__
except TypeError as e: print(e)
try: v.__suppress_context__ = 1
except TypeError as e: print(e)
v.args = "ab"
print(v.args, str(v))
class E2(Exception):
    def __init__(self, x):
        self.args = (x, "extra")
print(E2(1), repr(E2(2)), E2(3).args)
s = StopIteration(1)
s.value = 2
print(s.value, s.args)
print(ValueError("q").with_traceback(None))
try: ValueError().with_traceback(5)
except TypeError as e: print(e)
e = KeyError("k")
e.__context__ = ValueError("ctx")
print(repr(e.__context__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
