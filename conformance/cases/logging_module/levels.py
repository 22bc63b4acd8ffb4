import io
import logging

for v in (10, 20, 30, 40, 50, 0, "DEBUG", "WARN", "FATAL", 35, "nope"):
    print(repr(v), repr(logging.getLevelName(v)))
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL, logging.NOTSET)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(levelno)s %(levelname)s %(message)s"))
log = logging.getLogger("lv")
log.addHandler(h)
log.propagate = False
log.setLevel("NOTICE")
print(log.level, log.getEffectiveLevel(), log)
log.log(25, "notice %s", "given")
log.log(24, "below")
log.log(45, "custom number")
log.info("info dropped")
log.setLevel(1)
log.log(5, "five")
try:
    log.log("INFO", "string level")
except TypeError as e:
    print("TypeError", e)
for bad in ("LOUD", 2.5, None):
    try:
        log.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(h, logging.StreamHandler(io.StringIO()))
print(logging.NullHandler(), logging.Handler(logging.ERROR))
print(out.getvalue(), end="")
