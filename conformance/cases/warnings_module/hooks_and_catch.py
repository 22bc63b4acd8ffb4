# The hooks warnings calls to show a warning (showwarning, formatwarning,
# _showwarnmsg) replaced or deleted, catch_warnings' repr, errors and module
# argument, and WarningMessage.
import sys
import warnings
from types import SimpleNamespace



class NoFolder:
    # CPython reports the script by its absolute path: keep the file name.
    def write(self, text):
        sys.stdout.write(text.rpartition("/")[2])


real_stderr, sys.stderr = sys.stderr, NoFolder()


def hook6(message, category, filename, lineno, file=None, line=None):
    print("showwarning hook:", message, category.__name__, lineno, file, line)


def hook5(message, category, filename, lineno, line=None):
    return "formatted: %s %s %s\n" % (message, category.__name__, line)


warnings.simplefilter("always")
warnings.showwarning = hook6
warnings.warn("one")
warnings.showwarning = 5
try:
    warnings.warn("two")
except TypeError as e:
    print(e)
del warnings.showwarning
warnings.warn("three")
warnings.showwarning = warnings._showwarning_orig

warnings.formatwarning = hook5
warnings.warn("four")
del warnings.formatwarning
warnings.warn("five")
warnings.formatwarning = warnings._formatwarning_orig

saved = warnings._showwarnmsg
warnings._showwarnmsg = lambda msg: print("showwarnmsg:", msg.message,
                                          msg.category, msg.lineno, msg.line)
warnings.warn("six")
warnings._showwarnmsg = "nope"
try:
    warnings.warn("seven")
except TypeError as e:
    print(e)
warnings._showwarnmsg = saved


class Sink:
    def write(self, text):
        print("sink got", repr(text))


class Broken:
    def write(self, text):
        raise OSError("closed")


warnings.showwarning("to sink", UserWarning, "s.py", 3, Sink(), "  src  ")
warnings.showwarning("lost", UserWarning, "s.py", 3, Broken())
print(repr(warnings.formatwarning("m", UserWarning, "x.py", 4, "  code  ")))
print(repr(warnings.formatwarning("m", UserWarning, "x.py", 4, "")))
msg = warnings.WarningMessage("m", UserWarning, "f.py", 7, source=object)
print(repr(warnings._formatwarnmsg_impl(msg)))
print(str(msg))
print(sorted(vars(warnings.WarningMessage("m", None, "f.py", 1))))
print(str(warnings.WarningMessage(ValueError("v"), ValueError, "g.py", 2, None, "ln")))


class Mine(warnings.catch_warnings):
    pass


for manager in (warnings.catch_warnings(), warnings.catch_warnings(record=True),
                warnings.catch_warnings(module=warnings), Mine(record=True)):
    print(repr(manager))
manager = Mine()
with manager:
    try:
        manager.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings(record=True).__exit__(None, None, None)
except RuntimeError as e:
    print(e)

fake = SimpleNamespace(filters=["f"], showwarning="sw", _showwarnmsg_impl="impl",
                       _showwarning_orig="orig", _filters_mutated=lambda: print("mutated"))
manager = warnings.catch_warnings(module=fake, record=True)
print(repr(manager).startswith("catch_warnings(record=True, module=namespace("))
with manager as log:
    print(fake.filters, fake.showwarning, fake._showwarnmsg_impl == log.append)
    fake.filters.append("g")
print(fake.filters, fake.showwarning, fake._showwarnmsg_impl)

before = warnings.filters[:]
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    print(warnings.filters[0])
    try:
        warnings.warn("as error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
print(warnings.filters == before)
sys.stderr = real_stderr
