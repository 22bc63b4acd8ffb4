class Trie:
    def __init__(self):
        self.root = {}
        self.size = 0

    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            self.size += 1
        node["$"] = node.get("$", 0) + weight

    def _walk(self, node, prefix):
        for key, child in sorted(node.items()):
            if key == "$":
                yield prefix, child
            else:
                yield from self._walk(child, prefix + key)

    def complete(self, prefix, k=3):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        return sorted(self._walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))[:k]

    def longest_common_prefix(self):
        node, out = self.root, ""
        while len(node) == 1 and "$" not in node:
            (ch, node), = node.items()
            out += ch
        return out


t = Trie()
for w, n in [("car", 5), ("card", 2), ("care", 7), ("careful", 1), ("cat", 4), ("dog", 3), ("car", 1)]:
    t.insert(w, n)
print(t.size, t.complete("car"), t.complete("ca", 5), t.complete("x"))
u = Trie()
for w in ["interview", "internet", "interval", "internal"]:
    u.insert(w)
print(repr(u.longest_common_prefix()), repr(t.longest_common_prefix()))
