import heapq
from collections import Counter
from itertools import count


def huffman(text):
    freq = Counter(text)
    tie = count()
    heap = [(n, next(tie), ch) for ch, n in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, next(tie), (a, b)))
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(heap[0][2], "")
    return codes


def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox"]:
    codes = huffman(text)
    bits = "".join(codes[c] for c in text)
    print(f"{text!r}: {len(bits)} bits vs {8 * len(text)}; ok={decode(bits, codes) == text}")
    print("  ", sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])))
