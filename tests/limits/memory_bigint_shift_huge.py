# One left shift to a 2**40-bit int (128 GB): refused up front.
# limit: memory
x = 1 << (1 << 40)
