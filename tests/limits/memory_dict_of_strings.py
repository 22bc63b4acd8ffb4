# A dict of ever-longer distinct strings: keys and table are charged.
# args: --max-memory 64M
# limit: memory
d = {}
i = 0
while True:
    d[str(i) * 100] = i
    i += 1
