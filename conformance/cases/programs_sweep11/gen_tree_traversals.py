from collections import deque


class N:
    def __init__(self, v, l=None, r=None):
        self.v, self.l, self.r = v, l, r


def inorder(n):
    if n:
        yield from inorder(n.l)
        yield n.v
        yield from inorder(n.r)


def preorder(n):
    stack = [n] if n else []
    while stack:
        cur = stack.pop()
        yield cur.v
        stack.extend(c for c in (cur.r, cur.l) if c)


def levels(n):
    q = deque([(n, 0)] if n else [])
    while q:
        cur, d = q.popleft()
        yield d, cur.v
        for c in (cur.l, cur.r):
            if c:
                q.append((c, d + 1))


def paths(n, prefix=()):
    if n is None:
        return
    prefix += (n.v,)
    if not n.l and not n.r:
        yield prefix
    yield from paths(n.l, prefix)
    yield from paths(n.r, prefix)


t = N(8, N(3, N(1), N(6, N(4), N(7))), N(10, None, N(14, N(13))))
print(list(inorder(t)), list(preorder(t)))
by_level = {}
for d, v in levels(t):
    by_level.setdefault(d, []).append(v)
print(by_level, list(paths(t)), list(inorder(None)))
print(max(paths(t), key=len), sum(1 for _ in inorder(t)), next(preorder(t)))
