# StopIteration from next() and how loops use it.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
print(next(it, "default"))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
data = iter("abc")
while True:
    try:
        ch = next(data)
    except StopIteration:
        print("exhausted")
        break
    print("got", ch)
