# bytes(10**10): ten gigabytes of zeros, refused up front.
# limit: memory
x = bytes(10**10)
