import sys


class TrieNode:
    __slots__ = ("children", "count", "end")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = 0


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.end += 1

    def prefix_count(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return 0
        return node.count

    def words(self, node=None, prefix=""):
        node = node or self.root
        if node.end:
            yield prefix, node.end
        for ch in sorted(node.children):
            yield from self.words(node.children[ch], prefix + ch)


lines = [line.rstrip("\n") for line in sys.stdin]
sep = lines.index("---")
trie = Trie()
for w in lines[:sep]:
    trie.insert(w.lower())
for q in lines[sep + 1:]:
    print(f"{q}: {trie.prefix_count(q)}")
print(list(trie.words()))
