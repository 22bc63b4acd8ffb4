def f(*, key): pass
f(kee=1)
