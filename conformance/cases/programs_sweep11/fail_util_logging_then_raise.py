import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s", level=logging.INFO)
log = logging.getLogger("etl")


def load(rows):
    out = []
    for i, r in enumerate(rows):
        log.info("row %d: %r", i, r)
        out.append(float(r))
    return out


print(load(["1.5", "2"]))
print(load(["3", "four"]))
