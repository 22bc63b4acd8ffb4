# --max-depth 50 with the error uncaught.
# args: --max-depth 50
# limit: none
# exit: 1
# expect-error: RecursionError: maximum recursion depth exceeded
def f(n):
    return f(n + 1)

f(0)
