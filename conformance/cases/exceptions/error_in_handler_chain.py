# Multi-level implicit chaining: each handler failure keeps the previous one as context.
def level3():
    raise KeyError("level3")


def level2():
    try:
        level3()
    except KeyError:
        raise ValueError("level2")


def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level1")


try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
