# set() of a billion-element range: the known length is charged before the
# set is built (the set would reach the memory limit too, much later).
# limit: instructions
s = set(range(10**9))
