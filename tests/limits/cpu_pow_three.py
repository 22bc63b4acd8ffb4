# 3 ** 10**8: a 20 MB result that fits the memory budget, but a second of
# GMP work that cannot be interrupted; its work is charged first.
# limit: instructions
x = 3 ** 10**8
