# Reading an endless input whole meets the memory limit: what is buffered is
# charged to the heap like any allocation.
# args: --max-memory 32M
# stdin: endless
# limit: memory
import sys
data = sys.stdin.read()
print(len(data))
