import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s %(message)s"))
base = logging.getLogger("svc")
base.addHandler(h)
base.setLevel(logging.DEBUG)

f = logging.Filter("svc.api")
h.addFilter(f)
h.addFilter(f)
print(len(h.filters))
logging.getLogger("svc.api").info("api")
logging.getLogger("svc.api.v2").info("api v2")
logging.getLogger("svc.apix").info("apix dropped")
logging.getLogger("svc.db").info("db dropped")
base.info("base dropped")
h.removeFilter(f)

# A callable is a filter too, and may change the record.
def redact(record):
    record.msg = record.msg.replace("secret", "******")
    return True

base.addFilter(redact)
base.info("the secret is out")
base.removeFilter(redact)


class OnlyEven:
    def filter(self, record):
        return record.args[0] % 2 == 0


base.addFilter(OnlyEven())
for i in range(4):
    base.info("n=%d", i)
base.filters.clear()

# Logger filters apply only to records logged on that logger.
base.addFilter(lambda record: False)
base.info("dropped by the logger filter")
logging.getLogger("svc.child").info("child passes")
print(logging.Filter().filter(logging.makeLogRecord({"name": "x"})))
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b"})))
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})))
print(out.getvalue(), end="")
