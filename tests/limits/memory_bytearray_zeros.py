# bytearray(10**10): ten gigabytes of zeros, refused up front.
# limit: memory
x = bytearray(10**10)
