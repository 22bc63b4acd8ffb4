# Closures capture variables, not values.
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul


double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2(), c1())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def outer():
    x = "outer"

    def inner():
        return x
    x = "changed"
    return inner


print(outer()())


def make_accumulator():
    items = []

    def add(item):
        items.append(item)
        return list(items)
    return add


acc = make_accumulator()
acc("a")
print(acc("b"), make_accumulator()("c"))
