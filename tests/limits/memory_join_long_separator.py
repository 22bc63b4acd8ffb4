# join with a long separator: the result (20 GB) is refused before it is built.
# limit: memory
x = ('ab' * 1000).join(['b'] * 10**7)
