# A one-item array repeated a billion times asks for gigabytes: the memory
# limit ends it, never the host.
# limit: memory
from array import array
big = array("d", [0]) * 10**9
