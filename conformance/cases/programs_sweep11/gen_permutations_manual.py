def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [x] + rest


def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a


print(["".join(p) for p in permutations("abc")])
import itertools
print(list(map(list, itertools.permutations([1, 2, 3]))) == list(permutations([1, 2, 3])))
p = [1, 1, 2]
seen = []
while p:
    seen.append(p)
    p = next_permutation(p)
print(seen, len(list(permutations([]))), list(permutations("x")))
