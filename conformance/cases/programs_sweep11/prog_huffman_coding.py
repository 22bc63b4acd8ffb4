import heapq
from collections import Counter


def huffman(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")

    walk(heap[0][2], "")
    return codes


for text in ["abracadabra", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    codes = huffman(text)
    enc = "".join(codes[c] for c in text)
    inv = {v: k for k, v in codes.items()}
    dec, buf = [], ""
    for bit in enc:
        buf += bit
        if buf in inv:
            dec.append(inv[buf])
            buf = ""
    print(len(text) * 8, len(enc), "".join(dec) == text, sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0]))[:4])
