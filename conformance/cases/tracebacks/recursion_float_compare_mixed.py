# A float compared with an int is never specialized by CPython, so the
# comparison's step counts and the deepest frame fails in it.
def power(b, e):
    if e == 0:
        return 1
    return b * power(b, e - 1)
print(power(2, 10))
print(power(2, 2.5))
