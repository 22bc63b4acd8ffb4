# add_note appends to __notes__ (a list the script may replace), refuses
# non-str notes, and notes are printed after the message.
import traceback

e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nwith newline")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError", err)
print("".join(traceback.format_exception_only(e)), end="")

e.__notes__ = ("tuple", "notes")
try:
    e.add_note("more")
except TypeError as err:
    print("TypeError", err)
print("".join(traceback.format_exception_only(e)), end="")

e.__notes__ = ["ok", 42, "after"]
print("".join(traceback.format_exception_only(e)), end="")
del e.__notes__
print(hasattr(e, "__notes__"))

def f():
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note(f"while handling {err!r}")
        raise

try:
    f()
except KeyError as err:
    print(err.__notes__)

class NoStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
n = NoStr()
n.add_note("note survives")
print("".join(traceback.format_exception_only(n)), end="")
try:
    e.add_note()
except TypeError as err:
    print("TypeError", err)
try:
    e.add_note("a", "b")
except TypeError as err:
    print("TypeError", err)
