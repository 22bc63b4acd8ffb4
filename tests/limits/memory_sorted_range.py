# sorted() of a billion-element range: the list it builds is refused.
# limit: memory
x = sorted(range(10**9))
