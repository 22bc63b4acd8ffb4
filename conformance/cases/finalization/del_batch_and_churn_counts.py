# Dropping many finalizable objects at once, and one per iteration: each
# __del__ runs where CPython's reference counting runs it, so the counts
# printed between the steps are exact.
count = 0


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        global count
        count += 1


pool = [Resource(f"r{i}") for i in range(3000)]
print("before the drop:", count)
del pool
print("after dropping the pool:", count)

current = None
for i in range(3000):
    current = Resource(i)
print("after the loop:", count)
current = None
print("after the last:", count)

table = {i: Resource(i) for i in range(500)}
table.clear()
print("after clear:", count)
