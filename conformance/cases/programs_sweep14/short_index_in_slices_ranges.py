# Objects with __index__ accepted by slices, range, hex, operator.index
# and sequence repetition; bool and float rejected where CPython rejects.
import operator


class N:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


s = "abcdefghij"
print(s[N(2):N(8):N(2)], list(range(N(3))), hex(N(255)), operator.index(N(-4)), [0] * N(3))
print(slice(N(1), N(5)).indices(10), range(10)[N(3):N(7)], bytes(N(2)), bytearray(N(1)))
print(2 ** operator.index(N(5)), round(3.14159, N(2)))
for bad in (lambda: s[1.0], lambda: range(2.5), lambda: operator.index(1.0), lambda: [1][N]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(s[True], s[False:True], range(N(2)))
