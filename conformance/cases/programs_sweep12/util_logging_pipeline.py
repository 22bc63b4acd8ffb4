import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("etl")
sub = logging.getLogger("etl.transform")


class CountingHandler(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.counts = {}

    def emit(self, record):
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1


counter = CountingHandler()
log.addHandler(counter)


def transform(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            out.append(int(row) * 2)
            sub.debug("row %d ok: %r", i, row)
        except ValueError:
            sub.warning("row %d skipped: %r is not a number", i, row)
    return out


log.info("starting with %d rows", 5)
result = transform(["1", "2", "x", "4", ""])
log.info("result=%s", result)
sub.setLevel(logging.INFO)
transform(["9", "?"])
log.error("finished with %s", "errors")
print(counter.counts, log.getEffectiveLevel(), sub.getEffectiveLevel(), sub.parent.name)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), log.isEnabledFor(logging.DEBUG))
class ShortExc(logging.Formatter):
    def formatException(self, ei):
        return f"  -> {ei[0].__name__}: {ei[1]}"


logging.getLogger().handlers[0].setFormatter(ShortExc("%(levelname)s|%(name)s|%(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")
logging.getLogger("quiet").propagate = False
logging.getLogger("quiet").info("below lastResort level: dropped")
