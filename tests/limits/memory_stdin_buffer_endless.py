# The same through sys.stdin.buffer, and through lines that are kept.
# args: --max-memory 32M
# stdin: endless
# limit: memory
import sys
kept = []
for line in sys.stdin.buffer:
    kept.append(line)
