# A chain of bound methods (each a classmethod of the previous link) is
# walked in C++ by every attribute read that misses: one instruction, up to
# the native depth limit in steps. Each step is charged to the instruction
# budget, so a loop over the walk ends at the instruction limit after about
# a thousandth of the iterations (uncharged, it would run minutes).
# args: --max-instructions 5000000
# limit: instructions
class C:
    pass


f = lambda: 1
for _ in range(1500):
    C.m = classmethod(f)
    f = C.m
while True:
    getattr(f, "missing", None)
