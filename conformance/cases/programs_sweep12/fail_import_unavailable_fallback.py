try:
    import numpy as np
    HAVE_NUMPY = True
except ImportError as e:
    print("fallback:", e)
    HAVE_NUMPY = False


def dot(a, b):
    if HAVE_NUMPY:
        return float(np.dot(a, b))
    return sum(x * y for x, y in zip(a, b, strict=True))


print(dot([1, 2, 3], [4, 5, 6]))
print(dot([1.5, 2], [2, 4]))
print(dot([1, 2, 3], [1, 2]))
