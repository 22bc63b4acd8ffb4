# re.error's repr names the class alone, as BaseException.__repr__ prints a
# type's name after its module; the traceback's last line keeps "re.error".
import re

for pattern in ["(", "[a-", "a{2,1}", "(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(e), "|", e.msg, e.pos, repr(e.pattern))
        print(type(e).__name__, type(e).__qualname__, type(e).__module__, type(e))
e = re.error("plain")
print(repr(e), str(e), e.args, repr(re.error("two", "pat", 1)))
print(repr([re.error("in list")]), f"{re.error('fmt')!r}")


class MyError(re.error):
    pass


print(repr(MyError("sub")), isinstance(MyError("x"), Exception))
for args in [("m", "ab\ncd", 4), ("m", b"xy\nz", 3), ("m", "abc", 1), ("m", None, 2), ("m", "abc", None), (5, "a\n\nb", 3),
             ("m", "abc", -1), ("m", "abc", 9)]:
    e = re.error(*args)
    print(repr(e), e.msg, repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
e = re.error(msg="kw", pos=0, pattern="\nx")
print(repr(e), e.lineno, e.colno)
for bad in [(), ("m", "abc", "x"), ("a", "b", 1, 2)]:
    try:
        re.error(*bad)
    except TypeError as exc:
        print("TypeError", type(exc).__name__)


class Located(re.error):
    def __init__(self, msg, where):
        super().__init__(msg, "pat\ntern", where)
        self.where = where


x = Located("oops", 5)
print(repr(x), str(x), x.lineno, x.colno, x.where)
try:
    raise Located("raised", 1)
except re.error as caught:
    print(type(caught).__name__, caught)
