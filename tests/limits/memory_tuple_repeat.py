# A billion-element tuple: refused up front.
# limit: memory
x = (0,) * 10**9
