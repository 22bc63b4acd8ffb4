# Application audit logging: custom formatters, filters, handler levels,
# LoggerAdapter context, exception logging and a memory buffer.
import logging
import logging.handlers
import io
import sys

stream = io.StringIO()

class ContextFilter(logging.Filter):
    def __init__(self, tenant):
        super().__init__()
        self.tenant = tenant
    def filter(self, record):
        record.tenant = self.tenant
        return not record.getMessage().startswith("noise")

class UpperLevelFormatter(logging.Formatter):
    def format(self, record):
        record.levelname = record.levelname.lower()
        return super().format(record)
    def formatException(self, ei):
        text = super().formatException(ei)
        lines = text.splitlines()
        return f"  ({len(lines)} traceback lines) {lines[0]} ... {lines[-1]}"

root = logging.getLogger()
root.setLevel(logging.DEBUG)
h = logging.StreamHandler(stream)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s [%(tenant)s] %(message)s"))
h.addFilter(ContextFilter("acme"))
root.addHandler(h)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(UpperLevelFormatter("{levelname}|{name}|{funcName}:{lineno}|{message}", style="{"))
app = logging.getLogger("app")
db = logging.getLogger("app.db")
app.addHandler(out)
app.propagate = True

def transfer(amount):
    app.info("transfer %s requested", amount)
    db.debug("BEGIN")
    if amount > 100:
        app.warning("large transfer: %(amt).2f", {"amt": amount})
    try:
        return 1000 // (amount - amount)
    except ZeroDivisionError:
        app.exception("transfer failed for %d", amount)
    finally:
        db.debug("ROLLBACK")

transfer(50)
transfer(150.5)
app.log(25, "custom level %s", 25)
logging.addLevelName(25, "NOTICE")
app.log(25, "now named")
app.info("noise should be filtered from root but not from app")
db.error("db error with args %s %s", "a", {"k": 1})
adapter = logging.LoggerAdapter(app, {"user": "ann"})
adapter.info("adapter message")

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['req']}] {msg}", kwargs
Prefix(app, {"req": "r-42"}).warning("slow request %dms", 1200)

mem = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=out)
audit = logging.getLogger("audit")
audit.propagate = False
audit.addHandler(mem)
audit.setLevel(logging.INFO)
for i in range(4):
    audit.info("buffered %d", i)
print("-- before error flush, buffered:", len(mem.buffer))
audit.error("boom")
print("-- after:", len(mem.buffer))
print(app.getEffectiveLevel(), db.getEffectiveLevel(), db.parent.name, logging.getLevelName(30), logging.getLevelName("NOTICE"), logging.getLevelName(99))
print(app.isEnabledFor(logging.DEBUG), logging.getLogger("app.db") is db, logging.root is root)
rec = logging.LogRecord("x", logging.INFO, "f.py", 10, "hi %s", ("there",), None)
print(rec.getMessage(), rec.levelname, rec.lineno, logging.Formatter("%(message)s!").format(rec))
logging.disable(logging.WARNING)
app.warning("disabled")
app.error("still shown")
logging.disable(logging.NOTSET)
print("--- root stream ---")
print(stream.getvalue(), end="")
