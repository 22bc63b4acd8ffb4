# SyntaxError keeps msg, filename, lineno, offset, text, end_lineno, end_offset
# and print_file_and_line in member slots, as CPython: not in the instance's
# __dict__ (so vars(), __reduce__() and copies see only args), None when unset
# or deleted, stored by __init__ without the subclass's __setattr__; the
# second argument is any iterable of 4 or 6 details, with the parser's errors.
import copy

e = SyntaxError("bad thing", ("prog.py", 3, 5, "x = = 1\n", 3, 7))
print(e.__dict__, vars(e))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(e.print_file_and_line, str(e), e.args)
print(e.__reduce__())
c = copy.copy(e)
print(type(c).__name__, c.msg, c.lineno, c.end_offset, c.args, c.__dict__)
d = copy.deepcopy(e)
print(d.text, d.end_lineno, str(d))
e.lineno = 10
e.note = "extra"
print(e.__dict__, str(e), e.__reduce__()[2])
del e.msg
print(e.msg, str(e))
del e.lineno
print(e.lineno, str(e))
print("msg" in dir(e), hasattr(e, "text"), "msg" in e.__dict__)

s = SyntaxError()
print(s.msg, s.filename, s.args, str(s), s.__reduce__())
s = SyntaxError("only msg")
print(s.msg, s.lineno, str(s))
s = SyntaxError("three", "a", "b")
print(s.msg, s.filename, s.args, str(s))
s = SyntaxError("gen", iter(["f.py", 2, 1, "t"]))
print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, str(s))
s = SyntaxError("lst", ["dir/f.py", 2, 1, None, 4, 9])
print(s.filename, s.end_lineno, s.end_offset, str(s))
for bad in [("m", 5), ("m", ("f", 1)), ("m", ("f", 1, 2, "t", 5)), ("m", (1, 2, 3, 4, 5, 6, 7)), ("m", ())]:
    try:
        SyntaxError(*bad)
    except TypeError as err:
        print("TypeError:", err)


class MyErr(SyntaxError):
    def __setattr__(self, name, value):
        print("setattr", name)
        super().__setattr__(name, value)


m = MyErr("sub", ("f", 1, 1, "t"))
print(m.__dict__, m.msg, m.lineno)
m.offset = 4
m.extra = 1
print(m.__dict__, m.offset)
i = IndentationError("unexpected indent", ("f.py", 2, 4, "  x\n"))
print(i.__dict__, i.msg, i.text, str(i), i.__reduce__())
t = TabError("tabs")
print(t.__dict__, t.msg, t.lineno)
try:
    SyntaxError("m", ("f", 1, 2, "t")).__init__("again")
    x = SyntaxError("m", ("f", 1, 2, "t"))
    x.__init__("again")
    print(x.msg, x.filename, x.args)
except Exception as err:
    print(err)
