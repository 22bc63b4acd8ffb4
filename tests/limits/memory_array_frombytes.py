# frombytes of a buffer that doubles each round: the items the array holds
# (Python objects, one per machine value) end at the memory limit.
# limit: memory
from array import array
data = b"\x00" * 1024
a = array("b")
while True:
    a.frombytes(data)
    data += data
