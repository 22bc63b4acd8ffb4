# Counter counts an endless iterator in one native call (collections'
# _count_elements): every element is charged to the instruction budget,
# so the call ends at the instruction limit instead of spinning forever.
# args: --max-instructions 2000000
# limit: instructions
import itertools
from collections import Counter

Counter(itertools.repeat("a"))
