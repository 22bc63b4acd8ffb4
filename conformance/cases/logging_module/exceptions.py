import io
import logging
import traceback
import re


def cut_folders(text):
    # Paths with their folders cut off: CPython shows the script's
    # absolute path (conformance/README.md).
    return re.sub(r'/(?:[^/\s"]+/)+', '', text)



out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("exc")
log.addHandler(h)
log.propagate = False


def parse(text):
    return int(text)


try:
    parse("x1")
except ValueError:
    log.exception("could not parse %r", "x1")

try:
    parse("x2")
except ValueError as e:
    log.error("as an instance", exc_info=e)
    saved = e

log.warning("outside the handler", exc_info=saved)
log.warning("as a tuple", exc_info=(type(saved), saved, saved.__traceback__))
log.info("no active exception", exc_info=True)
log.error("false means none", exc_info=False)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    logging.getLogger("exc").critical("chained", exc_info=True)

try:
    1 / 0
except ZeroDivisionError:
    try:
        [][1]
    except IndexError:
        log.exception("during handling")

record = logging.makeLogRecord({"msg": "m", "exc_info": None})
print(record.exc_info, record.exc_text)
print(cut_folders(out.getvalue()), end="")


class Quiet(logging.Formatter):
    def formatException(self, ei):
        return "[%s: %s]" % (ei[0].__name__, ei[1])


h.setFormatter(Quiet("%(message)s"))
out.seek(0)
out.truncate()
try:
    raise OSError("disk")
except OSError:
    log.exception("custom")
print(cut_folders(out.getvalue()), end="")
f = logging.Formatter()
try:
    raise TypeError("t")
except TypeError as e:
    text = f.formatException((type(e), e, e.__traceback__))
print(text.splitlines()[-1], text.endswith("\n"))
