# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = (-2, -1)
print(a)
a[len(a):] = "end"
print(a)
a[1:1] = []
a[3:1] = [99]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
b = list(range(8))
b[::2] = "ABCD"
print(b)
b[::-3] = [0, 0, 0]
print(b)
b[5:1:-1] = range(4)
print(b)
c = [1, 2, 3]
c[:] = c
print(c)
c[1:2] = c
print(c)
c[::-1] = c
print(c)
d = list(range(6))
del d[::-2]
print(d)
del d[:]
print(d)
e = [0, 1, 2, 3]
e[1:3] = (x * 10 for x in range(5))
print(e)
def attempt(label, fn):
    try:
        fn()
    except Exception as ex:
        print(label, "->", type(ex).__name__ + ":", ex)
def ext_size():
    f = list(range(6))
    f[::2] = [1, 2]
def ext_noniter():
    f = list(range(6))
    f[::2] = 5
def plain_noniter():
    f = [1]
    f[0:1] = 5
def zero_step():
    f = [1]
    f[::0] = []
def bad_index():
    f = [1]
    f["a":] = []
def del_zero_step():
    f = [1]
    del f[::0]
attempt("extended size", ext_size)
attempt("extended non-iterable", ext_noniter)
attempt("plain non-iterable", plain_noniter)
attempt("zero step", zero_step)
attempt("bad index", bad_index)
attempt("del zero step", del_zero_step)
g = [1, 2, 3]
g[5:10] = [4]
g[-10:-20] = [0]
print(g)
