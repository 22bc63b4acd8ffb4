import logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s", stream=sys.stderr)
log = logging.getLogger("app.db")
def connect(retries):
    for i in range(retries):
        log.debug("attempt %d of %d", i + 1, retries)
    log.info("connected after %s tries", retries)
    log.warning("pool %(size)s low", {"size": 2})
connect(2)
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed for %r", "missing")
child = logging.getLogger("app.db.child")
child.setLevel(logging.ERROR)
child.warning("hidden")
child.error("shown %s", [1, 2])
print(child.getEffectiveLevel(), log.getEffectiveLevel(), child.parent.name, logging.getLevelName(30), logging.getLevelName("INFO"))
logging.getLogger().handlers[0].setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
logging.critical("crit %d%%", 50)
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.info("back")
sys.exit("records went to stderr, compared whole")
