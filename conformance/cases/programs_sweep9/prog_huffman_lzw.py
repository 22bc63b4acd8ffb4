import heapq
from collections import Counter
from itertools import count
def huffman(text):
    tie = count()
    heap = [(f, next(tie), ch) for ch, f in sorted(Counter(text).items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(tie), (a, b)))
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0"); walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes
text = "abracadabra alakazam"
codes = huffman(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
enc = "".join(codes[c] for c in text)
print(len(enc), len(text) * 8, f"{len(enc) / (len(text) * 8):.2%}")
def lzw(s):
    table = {chr(i): i for i in range(256)}
    w, out = "", []
    for c in s:
        if w + c in table:
            w += c
        else:
            out.append(table[w]); table[w + c] = len(table); w = c
    if w:
        out.append(table[w])
    return out
def unlzw(codes):
    table = {i: chr(i) for i in range(256)}
    w = table[codes[0]]; out = [w]
    for k in codes[1:]:
        entry = table[k] if k in table else w + w[0]
        out.append(entry); table[len(table)] = w + entry[0]; w = entry
    return "".join(out)
c = lzw("TOBEORNOTTOBEORTOBEORNOT")
print(c, unlzw(c), huffman("aaaa"))
