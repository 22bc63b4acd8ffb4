from collections import deque, Counter, OrderedDict
import sys

INPUT = """5 5
#####
#S..#
#.#.#
#..E#
#####
3
apple banana apple
cherry banana apple
banana
"""

lines = INPUT.strip().split('\n')
h, w = map(int, lines[0].split())
maze = lines[1:1 + h]
sr, sc = next((r, row.index('S')) for r, row in enumerate(maze) if 'S' in row)
q = deque([(sr, sc, 0)])
seen = {(sr, sc)}
answer = -1
order = []
while q:
    r, c, d = q.popleft()
    order.append((r, c))
    if maze[r][c] == 'E':
        answer = d
        break
    for nr, nc in ((r-1, c), (r+1, c), (r, c-1), (r, c+1)):
        if maze[nr][nc] != '#' and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append((nr, nc, d + 1))
print("steps:", answer)
print(order)
k = int(lines[1 + h])
words = Counter()
for line in lines[2 + h:2 + h + k]:
    words.update(line.split())
print(words.most_common(2), words['durian'], sorted(words.elements()))
print(words)
c2 = Counter("mississippi")
print(c2 - Counter("miss"), c2 & Counter("sip"), +c2, c2.total())
od = OrderedDict()
for w_ in "the quick brown fox jumps over the lazy dog".split():
    od[w_] = len(w_)
od.move_to_end('the')
od.move_to_end('dog', last=False)
print(od.popitem(), od.popitem(last=False), list(od.items())[:3])
dq = deque(range(10), maxlen=5)
dq.rotate(2)
dq.appendleft(-1)
print(dq, dq.maxlen, dq.count(8))
sys.stdout.write("done\n")
