# Match objects made by re's native iterator, each holding its spans, kept
# in a list: the matches are charged to the heap as they are made, so a
# 32 MiB budget ends the run at its memory limit.
# args: --max-memory 32M
# limit: memory
import re

s = 'ab' * 4000000
matches = list(re.finditer('a', s))
print(len(matches))
