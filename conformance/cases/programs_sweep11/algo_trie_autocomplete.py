class Trie:
    def __init__(self):
        self.root = {}
        self.END = "$"

    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node[self.END] = node.get(self.END, 0) + weight

    def _walk(self, node, prefix):
        for k, v in node.items():
            if k == self.END:
                yield prefix, v
            else:
                yield from self._walk(v, prefix + k)

    def complete(self, prefix, k=3):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        return [w for w, _ in sorted(self._walk(node, prefix), key=lambda t: (-t[1], t[0]))[:k]]

    def __contains__(self, word):
        node = self.root
        for ch in word:
            node = node.get(ch)
            if node is None:
                return False
        return self.END in node

    def __len__(self):
        return sum(1 for _ in self._walk(self.root, ""))


t = Trie()
for w, n in [("car", 5), ("cart", 2), ("care", 7), ("cat", 9), ("dog", 3), ("do", 1), ("car", 1)]:
    t.insert(w, n)
print(len(t), "car" in t, "ca" in t, "dog" in t, "" in t)
for p in ["ca", "car", "d", "x", ""]:
    print(repr(p), t.complete(p))
