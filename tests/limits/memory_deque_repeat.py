# A deque repeated in place a huge number of times grows block by block
# until a budget ends the run: each copy of its items is charged, and so is
# every buffer the ring grows into.
# limit: memory|instructions
from collections import deque

d = deque([0])
d *= 10**12
print("never")
