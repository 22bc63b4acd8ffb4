class Audited:
    def __init__(self, **kw):
        object.__setattr__(self, "_log", [])
        for k, v in kw.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        self._log.append(f"set {name}={value!r}")
        if name.startswith("_"):
            raise AttributeError(f"cannot set private attribute {name!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        if name not in self.__dict__:
            raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r} to delete")
        super().__delattr__(name)

    def __getattr__(self, name):
        self._log.append(f"miss {name}")
        if name.endswith("_default"):
            return None
        raise AttributeError(f"{type(self).__name__} has no {name!r}")


a = Audited(x=1, y="two")
a.x += 5
print(a.x, a.y, a.z_default)
del a.y
for act in [lambda: a.y, lambda: setattr(a, "_p", 1), lambda: delattr(a, "nope")]:
    try:
        act()
    except AttributeError as e:
        print("AttributeError", e)
print(a._log)
print(getattr(a, "q", "fallback"), hasattr(a, "w_default"), a._log[-2:])
