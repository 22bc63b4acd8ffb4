# Garbage never ends a run whose live data fits its memory limit, however
# small the limit: the collector runs before garbage fills the room left
# (the live data here is a few hundred kilobytes; the garbage, hundreds of
# megabytes).
# args: --max-memory 3M
# limit: none
# expect-output: 200000 1005
kept = []
for i in range(200000):
    row = "x" * 1000 + str(i)
    if i % 1000 == 0:
        kept.append(row)
print(i + 1, sum(len(k) for k in kept) // len(kept))
