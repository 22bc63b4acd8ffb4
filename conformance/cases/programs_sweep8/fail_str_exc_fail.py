class E(Exception):
    def __str__(self):
        raise RuntimeError("cannot str")
raise E("x")
