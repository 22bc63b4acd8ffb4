# sys.stdin.read() on an input that stays open waits for its end, and the
# timeout still ends the wait (nothing is buffered beyond what arrived).
# args: --timeout 300ms --max-instructions none
# stdin: open
# limit: time
import sys
sys.stdin.read()
