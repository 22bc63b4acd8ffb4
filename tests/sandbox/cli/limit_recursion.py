# moat-args: --max-depth 50
def f(n):
    return f(n + 1)

f(0)
