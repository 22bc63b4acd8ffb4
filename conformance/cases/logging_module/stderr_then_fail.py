# Records reach the real stderr (basicConfig's default stream), then the
# script fails: the whole stderr is compared.
import logging

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("job")
log.debug("starting %s", "job")
log.info("step %d of %d", 1, 2)
logging.getLogger().warning("root warning")
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
raise SystemExit("giving up")
