import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app")
db = logging.getLogger("app.db")
db.setLevel(logging.WARNING)
log.debug("starting %s v%d", "svc", 2)
log.info("config loaded: %r", {"a": 1})
db.info("hidden")
db.warning("slow query %.1fms", 350.25)
try:
    1 / 0
except ZeroDivisionError:
    log.error("failed to divide", exc_info=False)
log.log(logging.CRITICAL, "custom level call")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), db.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
print(db.parent.name, logging.getLogger("app") is log, db.name)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))


h = ListHandler()
log.addHandler(h)
log.warning("to list %d", 1)
db.error("db error")
log.removeHandler(h)
log.warning("not in list")
print(h.records)
