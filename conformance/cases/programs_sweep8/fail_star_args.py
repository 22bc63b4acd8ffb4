def f(a, b, /, c, *, d):
    return a + b + c + d
args = [1, 2]
kw = {"c": 3, "d": 4}
print(f(*args, **kw))
print(f(1, b=2, c=3, d=4))
