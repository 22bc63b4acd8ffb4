# Extended slices whose step is near sys.maxsize: the item after the last
# one taken would lie past any index (and past int64 in a naive loop).
import sys

big = sys.maxsize
steps = [big, big - 1, -big, -big - 1, big // 2 + 1, -(big // 2) - 1, 2**63, -2**63, 2**100]
seqs = [(1, 2, 3), [1, 2, 3], 'abc', 'aé€', b'abc', bytearray(b'abc'), range(3), tuple(range(10))]
for seq in seqs:
    for step in steps:
        for start in (None, 0, 1, -1, big, -big):
            print(type(seq).__name__, step, start, seq[start::step])

for step in (big, -big, big - 1, 2**64):
    lst = [1, 2, 3]
    lst[::step] = [9]
    ba = bytearray(b'abc')
    ba[::step] = b'z'
    print(step, lst, ba)
    del lst[::step]
    del ba[::step]
    print(step, lst, ba)
    try:
        lst[::step] = [7, 8]
    except ValueError as e:
        print('ValueError:', e)
