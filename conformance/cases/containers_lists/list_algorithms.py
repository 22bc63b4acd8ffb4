# Small algorithms exercising list operations heavily.
def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
data = [(i * 37) % 23 for i in range(23)]
print(bubble(data) == sorted(data), bubble(data)[:8])
stack = []
for ch in "(()[{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        stack.pop()
print(stack, len(stack))
queue = list(range(5))
while len(queue) > 1:
    queue.append(queue.pop(0) + queue.pop(0))
print(queue)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [list(col) for col in zip(*matrix)], [row[::-1] for row in matrix[::-1]])
flat = [x for row in matrix for x in row]
print(flat, flat[::4], sum(flat[1::2]))
primes = list(range(2, 60))
for p in range(2, 8):
    primes[:] = [x for x in primes if x == p or x % p]
print(primes)
rot = [1, 2, 3, 4, 5]
rot = rot[2:] + rot[:2]
print(rot, rot.index(1), rot[-rot.index(1):])
