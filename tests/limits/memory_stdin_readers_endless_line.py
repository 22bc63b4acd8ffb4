# The same line read by the other readers, mixed: a few bytes through
# sys.stdin.buffer, then the text layer's readline, which must hold the
# rest of the endless line in the heap too.
# args: --max-memory 32M
# stdin: endless-line
# limit: memory
import sys
head = sys.stdin.buffer.read(5)
chunk = sys.stdin.buffer.read1(1000)
sys.stdin.readline()
