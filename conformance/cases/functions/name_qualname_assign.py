# __name__ and __qualname__ are assignable, to strings only.
def original():
    pass


original.__name__ = "renamed"
print(original.__name__, original.__qualname__)
original.__qualname__ = "Outer.renamed"
print(original.__name__, original.__qualname__)
for attr in ("__name__", "__qualname__"):
    for value in (42, None, b"bytes"):
        try:
            setattr(original, attr, value)
        except TypeError as e:
            print("TypeError", e)
    try:
        delattr(original, attr)
    except TypeError as e:
        print("TypeError", e)
print(original.__name__, original.__qualname__)


def check(a):
    return a


check.__name__ = "renamed_check"
try:
    check()
except TypeError as e:
    print("TypeError", e)
