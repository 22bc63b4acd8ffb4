# list.sort() takes keyword arguments only; its checks run in clinic's order.
def show(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
x = [3, 1, 2]
show(1, lambda: x.sort(1))
show(2, lambda: x.sort(1, 2))
show(3, lambda: x.sort(1, 2, 3))
show(4, lambda: x.sort(None, key=None))
show(5, lambda: x.sort(zz=1))
show(6, lambda: x.sort(key=None, reverse=True, zz=1))
show(7, lambda: x.sort(reverse=1) or x)
show(8, lambda: x.sort(key=lambda v: -v, reverse=True) or x)
show(9, lambda: x.sort(reverse='yes'))
show(10, lambda: sorted(x, None))
show(11, lambda: sorted())
