# Nested finite loops whose product is huge: each back edge is counted.
# args: --max-instructions 1000000
# limit: instructions
total = 0
for i in range(10**9):
    for j in range(10**9):
        for k in range(10**9):
            total += 1
