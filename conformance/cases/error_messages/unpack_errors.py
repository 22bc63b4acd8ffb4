def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
def u1(): a, b = [1]
def u2(): a, b = [1, 2, 3]
def u3(): a, b = 5
def u4(): a, *b, c = [1]
def u5(): a, b = "xyz"
def u6(): (a, b), c = [1, 2], 3
def u7(): a, b = {1: 2}
def u8(): a, b = iter([1, 2, 3, 4])
def u9(): [a] = []
def u10(): a, b = None
def u11(): x, y, z = (i for i in range(2))
def u12(): a, b, *c, d, e = range(3)
def u13(): first, = 1, 2
def u14():
    for a, b in [(1, 2), (3,)]:
        pass
def u15():
    for a, b in [1]:
        pass
def u16(): print(*1)
def u17(): print(**1)
def u18(): [*None]
def u19(): {**[1, 2]}
def u20(): {**{1: 2}, **None}
def u21(): a, b = {}
def u22(): dict([(1, 2, 3)])
def u23(): dict([1])
def u24(): dict(["ab", "cde"])
def u25(): x, y = 1.5
for fn in [u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12, u13, u14, u15, u16, u17,
           u18, u19, u20, u21, u22, u23, u24, u25]:
    print(fn.__name__, end=' ')
    show(fn)
