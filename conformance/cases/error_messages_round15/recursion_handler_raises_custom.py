# A recursive search that turns a RecursionError into a RuntimeError of its
# own: the deepest frame has no room left to build the new exception (a call
# of a built-in exception class is a step of the recursion limit), so CPython
# chains a second RecursionError ("while calling a Python object") and the
# frame above raises the RuntimeError.
def walk(node, depth=0):
    try:
        return walk(node + 1, depth + 1)
    except RecursionError:
        raise RuntimeError("search too deep")


walk(0)
