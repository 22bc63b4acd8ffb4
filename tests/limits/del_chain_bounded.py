# A __del__ that makes and drops another instance, one frame a level: each
# finalizer starts the next, nested (CPython never ends). Each level's
# prompt collection of the heap (200,000 lists here) is work the bound on
# them counts (vm/finalize.h: twice the script's own instructions plus a
# constant, never growing by what the collections charge), so the chain
# stops there, long before the recursion limit (1000 levels), and the
# script goes on; what is left is not finalized promptly.
# limit: none
# expect-output: after the chain
# expect-output: True
big = [[i] for i in range(200000)]
levels = 0


class Chain:
    def __del__(self):
        global levels
        levels += 1
        Chain()


Chain()
print("after the chain")
print(0 < levels < 500)
