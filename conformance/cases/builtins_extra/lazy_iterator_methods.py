# __iter__/__next__ of the lazy builtins, called directly.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except StopIteration:
        print(label, "StopIteration")
    except Exception as e:
        print(label, type(e).__name__, e)

its = [enumerate("ab"), zip("ab", "cd"), map(len, ["x", "yy"]), filter(None, [0, 1, 2]),
       reversed("ab"), reversed((1, 2)), iter(lambda: 1, 2)]
for it in its:
    print(type(it).__name__, it.__iter__() is it, it.__next__(), next(it))
    show("  exhausted", it.__next__)
    show("  arg", it.__next__, 1)
    show("  kw", it.__next__, x=1)
    show("  iter arg", it.__iter__, 1)
