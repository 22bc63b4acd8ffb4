# CPython counts a comparison's own step against the recursion limit: the
# deepest frame fails in `n == 0` (not specialized: no jump follows it).
def is_even(n):
    return n == 0 or is_odd(n - 1)
def is_odd(n):
    return n != 0 and is_even(n - 1)
print(is_even(10), is_odd(7))
print(is_even(-1))
