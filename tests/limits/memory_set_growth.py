# A set that grows forever: its table is charged.
# args: --max-memory 64M
# limit: memory
s = set()
i = 0
while True:
    s.add(i)
    i += 1
