# list() of a billion-element range: refused.
# limit: memory
x = list(range(10**9))
