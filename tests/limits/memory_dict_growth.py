# A dict that grows forever: its table is charged.
# args: --max-memory 64M
# limit: memory
d = {}
i = 0
while True:
    d[i] = i
    i += 1
