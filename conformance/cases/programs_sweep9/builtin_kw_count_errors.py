for f in [lambda: print(a=1, b=2, c=3, d=4, e=5), lambda: min([1], a=1, b=2, c=3), lambda: max(1, 2, a=1, b=2, c=3), lambda: zip([], a=1, b=2), lambda: zip(a=1, b=2),
          lambda: print(1, a=1, b=2, c=3, d=4, e=5), lambda: min([1], key=None, default=1, c=3), lambda: "{}".format(1, a=1), lambda: sorted([], key=None, reverse=1, x=1),
          lambda: __build_class__ if False else 0, lambda: dict.fromkeys([], a=1), lambda: print(sep=" ", end="", file=None, flush=False, x=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
