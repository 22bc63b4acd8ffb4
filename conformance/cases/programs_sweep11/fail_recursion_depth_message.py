def depth(n):
    return depth(n + 1) if n < 10**6 else n


try:
    depth(0)
except RecursionError as e:
    print("RecursionError", e)
class Bad:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return -1
print(len(Bad([])))
