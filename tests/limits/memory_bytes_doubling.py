# A bytes object doubled forever.
# limit: memory
s = b'x'
while True:
    s += s
