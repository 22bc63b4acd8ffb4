# A string doubled forever.
# limit: memory
s = 'x'
while True:
    s += s
