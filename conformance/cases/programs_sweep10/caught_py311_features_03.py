import enum
@enum.verify(enum.UNIQUE, enum.CONTINUOUS)
class N(enum.IntEnum):
    A = 1; B = 2
print(list(N))
try:
    @enum.verify(enum.CONTINUOUS)
    class M(enum.IntEnum):
        A = 1; C = 3
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
