import io
import logging
import re


def cut_folders(text):
    # Paths with their folders cut off: CPython shows the script's
    # absolute path (conformance/README.md).
    return re.sub(r'/(?:[^/\s"]+/)+', '', text)



out = io.StringIO()
h = logging.StreamHandler(out)
log = logging.getLogger("fmt")
log.addHandler(h)
log.propagate = False


def show(formatter, *args, **kwargs):
    h.setFormatter(formatter)
    log.warning(*args, **kwargs)


show(logging.Formatter(), "plain %s", "default")
show(logging.Formatter("%(levelname)s|%(levelno)d|%(name)s|%(message)s"), "percent")
show(logging.Formatter("%(filename)s %(module)s %(lineno)d %(funcName)s %(pathname)s"), "where")
show(logging.Formatter("{levelname:>8}:{name}:{message!r}", style="{"), "brace %d", 1)
show(logging.Formatter("$levelname ${name}: $message", style="$"), "dollar")
show(logging.Formatter("%(message)s %(user)s", defaults={"user": "nobody"}), "defaults")
show(logging.Formatter("%(message)s %(user)s", defaults={"user": "nobody"}), "extra wins",
     extra={"user": "alice"})
show(logging.Formatter("%(message)s %(processName)s %(threadName)s"), "names")
show(logging.Formatter("%(message)s"), "mapping %(a)s and %(b)d", {"a": "x", "b": 2})


def inner():
    log.warning("from inner")


h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
inner()


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


show(Upper("%(name)s - %(message)s"), "subclassed")
h.terminator = " <END>\n"
show(logging.Formatter("%(message)s"), "custom terminator")
h.terminator = "\n"

bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
recs = [logging.makeLogRecord({"msg": "one"}), logging.makeLogRecord({"msg": "two %s", "args": ("x",)})]
print(repr(bf.format(recs)), repr(bf.format([])))

for args in (("%(nothing", "%"), ("no fields", "%"), ("{x!z}", "{"), ("{x:^^^}", "{"),
             ("plain", "{"), ("$", "$"), ("no fields", "$"), ("%(message)s", "?")):
    try:
        logging.Formatter(*args[:1], style=args[1])
        print("accepted", args)
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("bad", validate=False)._fmt)

h.setFormatter(logging.Formatter("%(message)s %(missing)s"))
try:
    h.format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError", e)
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime(), logging.Formatter().usesTime())
print(cut_folders(out.getvalue()), end="")
