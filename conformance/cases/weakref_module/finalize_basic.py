# weakref.finalize calls its function once, when the object dies.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def release(name, how="cleanly"):
    print("releasing", name, how)
    return name


r = Resource("db")
f = weakref.finalize(r, release, "db", how="at death")
print(f.alive, f.atexit)
del r
print(f.alive, f())
g = weakref.finalize(Resource("tmp"), print, "tmp object gone")
print(g.alive)
