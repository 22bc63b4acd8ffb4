# The caret line under a failing binary operation: `^` under the operator,
# `~` under the operands, in every frame of the traceback.
def total(a, b, c):
    return a + b * (c)


def scaled(values, factor):
    return [total(v, factor, None) for v in values]


print("start")
result = 1 + len(scaled([1, 2], 3))
