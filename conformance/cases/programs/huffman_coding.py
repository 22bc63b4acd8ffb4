# Huffman coding with a sorted list as the priority queue (deterministic tie-breaks).
def huffman(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    nodes.sort()
    while len(nodes) > 1:
        a = nodes.pop(0)
        b = nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a, b)))
        counter += 1
        nodes.sort(key=lambda t: (t[0], t[1]))
    codes = {}

    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, str):
            codes[payload] = prefix or "0"
        else:
            walk(payload[0], prefix + "0")
            walk(payload[1], prefix + "1")

    walk(nodes[0], "")
    return freq, codes


text = "abracadabra alakazam"
freq, codes = huffman(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
encoded = "".join(codes[ch] for ch in text)
print(len(encoded), "bits vs", 8 * len(text))
decode = {v: k for k, v in codes.items()}
out, buf = [], ""
for bit in encoded:
    buf += bit
    if buf in decode:
        out.append(decode[buf])
        buf = ""
print("".join(out) == text)
