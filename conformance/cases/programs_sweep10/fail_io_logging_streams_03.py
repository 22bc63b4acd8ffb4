import logging
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("starting %d", 3); log.debug("hidden"); log.warning("careful: %s", {"a": 1})
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
raise SystemExit(2)
