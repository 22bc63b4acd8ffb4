import warnings


def old(x):
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    warnings.warn(f"value {x} is odd", UserWarning)
    return x


old(3)
old(3)
for i in range(2):
    warnings.warn("loop warning", RuntimeWarning)
warnings.warn("explicit category", category=FutureWarning)
print("done")
raise SystemExit("bye")
