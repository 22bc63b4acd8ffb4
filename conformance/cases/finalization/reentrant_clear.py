# Finalizers that refill and clear the containers being cleared, nested.
shared = []
d = {}
s = set()
class Evil:
    count = 0
    def __init__(self, n): self.n = n
    def __del__(self):
        Evil.count += 1
        if Evil.count < 200:
            shared.extend([Evil(self.n + 1), Evil(self.n + 2)])
            shared.clear()
            d[self.n] = Evil(-1); d.clear()
            s.add(Evil(-2)); s.clear()
shared.extend(Evil(i) for i in range(5))
shared.clear()
print(Evil.count, len(shared), len(d), len(s))
