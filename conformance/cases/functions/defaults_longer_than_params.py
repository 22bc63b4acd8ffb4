# A __defaults__ longer than the positional parameters: the tail supplies
# the defaults, and the signature in the error counts from a negative number.
def f(a, b=2):
    return a, b
f.__defaults__ = (10, 20, 30)
print(f())
print(f(1))
print(f(1, 5))
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
def g(a):
    return a
g.__defaults__ = (7, 8)
print(g())
try:
    g(1, 2)
except TypeError as e:
    print("TypeError", e)
def h(*, k):
    return k
h.__defaults__ = (1, 2)
try:
    h(1)
except TypeError as e:
    print("TypeError", e)
def p(a, b, /, c):
    return a, b, c
p.__defaults__ = (1, 2, 3, 4)
print(p())
print(p(9, c=8))
def k():
    return 0
k.__defaults__ = (1,)
try:
    k(5)
except TypeError as e:
    print("TypeError", e)
