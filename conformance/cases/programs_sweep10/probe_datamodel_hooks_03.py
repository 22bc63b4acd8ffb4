def g(): yield 1
x = g(); print(x.gi_running, x.gi_suspended if hasattr(x, "gi_suspended") else "-"); next(x); print(x.gi_suspended if hasattr(x, "gi_suspended") else "-")
print(type(1).__name__, int.__name__, int.__qualname__, list.append.__name__, list.append.__qualname__, len.__name__, [].append.__name__, "".upper.__qualname__)
print(str.join.__name__, dict.fromkeys.__name__, dict.__dict__ if False else "", object.__name__)
