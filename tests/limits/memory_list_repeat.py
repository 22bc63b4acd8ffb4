# A billion-element list (8 GB): refused up front.
# limit: memory
x = [0] * 10**9
