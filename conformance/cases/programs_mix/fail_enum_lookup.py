from enum import Enum


class Level(Enum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40


def parse_line(line):
    level, _, message = line.partition(": ")
    return Level.__members__.get(level), message


LOG = ["INFO: started", "DEBUG: x=1", "ERROR: disk full", "WARN: low memory"]
counts = {lvl: 0 for lvl in Level}
for line in LOG:
    lvl, msg = parse_line(line)
    counts[lvl] += 1
    print(f"[{lvl.name:<7}] {msg}")
print(counts)
