# Slice deletions and assignments on lists finalize the items they drop
# there, in CPython's order: a simple slice's last to first, an extended
# slice's in slice order (or in index order when deleting).
class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


l = [R(i) for i in range(6)]
del l[::2]
print("A")
l = [R(i) for i in range(10, 15)]
l[::-2] = [0, 0, 0]
print("B")
l = [R(i) for i in range(20, 24)]
del l[3:0:-1]
print("C")
l = [R(i) for i in range(30, 33)]
l[1:] = l[:1]
print("D", len(l))
l = [R(4), R(5), R(6), R(7)]
l[1:3] = ["x"]
print("E", l[1])
l[::2] = [0, 0]
print("F")
l = [R(8), R(9), R(10)]
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del l[-2:]
print("G")
l[:] = []
print("end")
