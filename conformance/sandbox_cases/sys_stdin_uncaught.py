# moat policy: reading input is refused, as input() is.
import sys
line = sys.stdin.readline()
