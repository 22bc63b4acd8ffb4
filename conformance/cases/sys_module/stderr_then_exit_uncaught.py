# A judge solution that prints its answer, then reports to stderr and exits 3.
import sys
print("answer", 42)
print("warning: slow path", file=sys.stderr)
sys.stderr.write("details: %d items\n" % 7)
sys.exit(3)
