# isinstance() and issubclass() with a tuple of types nested 100,000 deep.
N = 100000
t = int
for _ in range(N):
    t = (t,)
for how, call in [("isinstance hit", lambda: isinstance(1, t)),
                  ("isinstance miss", lambda: isinstance("", t)),
                  ("issubclass hit", lambda: issubclass(bool, t)),
                  ("issubclass miss", lambda: issubclass(str, t))]:
    try:
        print(how, call())
    except RecursionError as e:
        print(how, "RecursionError:", e)
# A nested tuple within the limit works.
shallow = int
for _ in range(50):
    shallow = (str, shallow)
print(isinstance(1, shallow), issubclass(float, shallow))
