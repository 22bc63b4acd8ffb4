import heapq
class Node:
    def __init__(self, ch, freq, left=None, right=None):
        self.ch, self.freq, self.left, self.right = ch, freq, left, right
def build(text):
    heap = [(text.count(c), Node(c, text.count(c))) for c in sorted(set(text))]
    heapq.heapify(heap)
    while len(heap) > 1:
        f1, a = heapq.heappop(heap)
        f2, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, Node(None, f1 + f2, a, b)))
    return heap[0][1]
print(build("aab").freq)
print(build("abcd").freq)
