# A coroutine that is never awaited is reported through the warnings
# machinery when it is collected ("coroutine 'f' was never awaited", on
# stderr). The script controls that machinery: a warnings filter turning it
# into an error, a showwarning that raises or makes one more never-awaited
# coroutine, a __qualname__ renamed to a str subclass with a hostile
# __str__, and a __del__ of an argument the coroutine holds that starts the
# coroutine being finalized. None of it may reach stdout uninvited, crash,
# loop, or run a released frame.
# expect-output: str called
# expect-output: del: ('done', 'resurrect')
# expect-output: showwarning: coroutine 'f' was never awaited
# expect-output: showwarning: coroutine 'f' was never awaited
# expect-output: showwarning: coroutine 'f' was never awaited
# expect-output: showwarning: coroutine 'f' was never awaited
import warnings

log = []


class Nasty(str):
    def __str__(self):
        log.append("str called")
        return "nasty"


async def f(arg):
    return arg


class Resurrect:
    def __del__(self):
        try:
            self.target.send(None)
        except StopIteration as e:
            log.append("del: " + repr(("done", e.value)))
        except BaseException as e:
            log.append("del: " + type(e).__name__)


c = f(1)
c.__qualname__ = Nasty("renamed")
del c

r = Resurrect()
c2 = f("resurrect")
r.target = c2
holder = [r]
del r, c2
holder.clear()

with warnings.catch_warnings():
    warnings.simplefilter("error")
    c3 = f(3)
    del c3

made = []


def showwarning(message, category, filename, lineno, file=None, line=None):
    log.append("showwarning: " + str(message))
    if not made:
        made.append(f(4))  # one more, never awaited, made inside the report
    raise ValueError("from showwarning")


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = showwarning
    c5 = f(5)
    del c5
    made.clear()

for line in log:
    print(line)
