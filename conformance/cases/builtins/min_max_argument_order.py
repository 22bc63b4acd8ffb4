# min()/max() count the positional arguments before they look at keywords.
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: max(x=1))
show(lambda: min(key=len))
show(lambda: max(default=3))
show(lambda: max(1, 2, zz=4))
show(lambda: min([3, 1], zz=4))
show(lambda: max([], default=None))
show(lambda: max(1, 2, default=3))
show(lambda: min([]))
show(lambda: min(['bb', 'a', 'ccc'], key=len))
show(lambda: max('ab', 'b', key=None))
