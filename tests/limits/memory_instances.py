# Ever more instances of a user class, kept alive in a list.
# args: --max-memory 64M
# limit: memory
class Node:
    def __init__(self, n):
        self.n = n
        self.payload = [n] * 10

nodes = []
i = 0
while True:
    nodes.append(Node(i))
    i += 1
