# A dict of sets of instances that grows until the memory budget ends it.
# args: --max-memory 24M
class Item:
    def __init__(self, n):
        self.n = n
        self.tag = "item-" + str(n)

table = {}
n = 0
while True:
    bucket = table.setdefault(n % 97, set())
    bucket.add(Item(n))
    n += 1
    if n % 20000 == 0:
        print(n, [i.n for i in table[3]][:5])
