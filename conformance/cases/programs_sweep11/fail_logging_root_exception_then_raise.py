import logging
logging.warning("root warning %s", 1)
logging.error("an error")
log = logging.getLogger("x")
log.critical("crit")
log.info("hidden")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed")
raise ValueError("end")
