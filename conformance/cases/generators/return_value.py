# A generator's return value travels in StopIteration.value.
def gen_with_return():
    yield 1
    yield 2
    return "finished"


g = gen_with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("second StopIteration value:", e.value)
print(list(gen_with_return()))


def early_return(n):
    for i in range(n):
        if i == 3:
            return
        yield i


print(list(early_return(10)), list(early_return(2)))
