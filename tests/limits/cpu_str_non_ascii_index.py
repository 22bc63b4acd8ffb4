# Indexing far into a non-ASCII string walks its UTF-8: each walk is charged.
# args: --max-instructions 100000000
# limit: instructions
s = '\xe9' * 2**22
n = len(s)
for i in range(10**7):
    s[(i * 7919) % n]
