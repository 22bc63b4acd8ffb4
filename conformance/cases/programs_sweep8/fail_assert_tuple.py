def check(xs):
    for x in xs:
        assert x >= 0, ("negative", x)
check([1, 2])
check([3, -4])
