g = 1
def f():
    print(g)
    g = 2
f()
