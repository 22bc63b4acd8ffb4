class TrieNode:
    __slots__ = ("children", "end", "count")
    def __init__(self):
        self.children = {}
        self.end = False
        self.count = 0
class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.end = True
    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        n = self._walk(word)
        return bool(n and n.end)
    def count_prefix(self, prefix):
        n = self._walk(prefix)
        return n.count if n else 0
    def complete(self, prefix):
        n = self._walk(prefix)
        if not n:
            return []
        out = []
        stack = [(n, prefix)]
        while stack:
            node, acc = stack.pop()
            if node.end:
                out.append(acc)
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], acc + ch))
        return out
t = Trie("car cart care cat dog do dot".split())
print("car" in t, "ca" in t, t.count_prefix("ca"), t.count_prefix("d"), t.count_prefix("x"))
print(t.complete("ca"), t.complete("do"), t.complete("z"), t.complete(""))
