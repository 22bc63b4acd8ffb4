class A:
    y = 1
a = A()
del a.y
