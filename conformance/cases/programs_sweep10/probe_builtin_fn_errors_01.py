isinstance(1, (int, "x"))
print(isinstance(1, (str, (bytes, (int,)))), issubclass(bool, ()), isinstance(1, ()))
print(vars(type("q", (), {})) if False else "", vars(object) if False else "")
class A: pass
a = A(); a.x = 1; print(vars(a), vars(a) is a.__dict__)
