# 'a'.join over a hundred million items: the list alone (800 MB) is refused.
# limit: memory
x = 'a'.join(['b'] * 10**8)
