# sys.stdout.buffer.write is charged to the output budget as print is:
# what fits is written, then the output limit fires.
# args: --max-output 1M
# limit: output
import sys
while True:
    sys.stdout.buffer.write(b"x" * 100000)
