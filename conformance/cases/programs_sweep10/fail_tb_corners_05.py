def a(n):
    return b(n)
def b(n):
    return a(n) if n < 10**9 else 0
a(0)
