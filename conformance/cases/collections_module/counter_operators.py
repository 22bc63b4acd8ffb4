# Counter arithmetic: missing counts are zero, only positive results are kept, order as CPython.
from collections import Counter
a = Counter(a=3, b=1, c=0, d=-2); b = Counter(a=1, b=2, e=-1, f=4)
for r in [a + b, a - b, a | b, a & b, b - a, b | a, b & a, Counter() - b, a + Counter()]:
    print(r)
print(a.__add__(5), a + Counter(a=1.5))
