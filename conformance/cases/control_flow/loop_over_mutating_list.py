# Appending to a list while iterating with a while loop (work-queue pattern).
queue = [1]
seen = {1}
order = []
while queue:
    n = queue.pop(0)
    order.append(n)
    for nxt in (n * 2, n * 3):
        if nxt <= 50 and nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)
items = [1, 2, 3]
for x in items:
    if x < 3:
        items.append(x + 10)
print(items)
