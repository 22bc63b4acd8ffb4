# A billion-byte bytes object by repetition: refused up front.
# limit: memory
x = b'9' * 10**9
