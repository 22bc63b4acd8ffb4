import heapq, itertools
from collections import Counter
from functools import lru_cache
def huffman(text):
    cnt = itertools.count()
    heap = [(f, next(cnt), ch) for ch, f in sorted(Counter(text).items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap); f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(cnt), (a, b)))
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str): codes[node] = prefix or "0"; return
        walk(node[0], prefix + "0"); walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes
codes = huffman("abracadabra alakazam")
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)): print(repr(ch), codes[ch])
enc = "".join(codes[c] for c in "abracadabra alakazam"); print(len(enc), enc[:40])
def queens(n):
    def place(row, cols, d1, d2):
        if row == n: yield []; return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                for rest in place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}):
                    yield [c] + rest
    return place(0, frozenset(), frozenset(), frozenset())
sols = list(queens(6)); print(len(sols), sols[0], sum(1 for _ in queens(8)))
print("\n".join("".join("Q" if c == q else "." for c in range(6)) for q in sols[0]))
def kmp_table(p):
    t = [0] * len(p); k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]: k = t[k - 1]
        if p[i] == p[k]: k += 1
        t[i] = k
    return t
def kmp_find(s, p):
    t = kmp_table(p); k = 0; out = []
    for i, ch in enumerate(s):
        while k and ch != p[k]: k = t[k - 1]
        if ch == p[k]: k += 1
        if k == len(p): out.append(i - k + 1); k = t[k - 1]
    return out
print(kmp_table("abacabab"), kmp_find("abababcabababab", "abab"))
class Trie:
    def __init__(self): self.root = {}
    def insert(self, w):
        node = self.root
        for ch in w: node = node.setdefault(ch, {})
        node["$"] = w
    def complete(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node: return []
            node = node[ch]
        out, stack = [], [node]
        while stack:
            n = stack.pop()
            for k in sorted(n, reverse=True):
                if k == "$": out.append(n[k])
                else: stack.append(n[k])
        return sorted(out)
tr = Trie()
for w in "car card care careful cart cat dog do".split(): tr.insert(w)
print(tr.complete("car"), tr.complete("do"), tr.complete("x"))
@lru_cache(maxsize=None)
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]: return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
print(edit("kitten", "sitting"), edit("intention", "execution"), edit.cache_info().hits > 0)
board = [" "] * 9
LINES = [(0,1,2),(3,4,5),(6,7,8),(0,3,6),(1,4,7),(2,5,8),(0,4,8),(2,4,6)]
def winner(b):
    for x, y, z in LINES:
        if b[x] != " " and b[x] == b[y] == b[z]: return b[x]
    return None
@lru_cache(maxsize=None)
def minimax(b, player):
    w = winner(b)
    if w: return (1 if w == "X" else -1), None
    if " " not in b: return 0, None
    best = None
    for i, c in enumerate(b):
        if c == " ":
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]): best = (score, i)
    return best
state = "X O  O  X"
print(minimax(state, "X"), minimax(" " * 9, "X"))
