# Generators left suspended when the script ends are closed, as at
# CPython's exit: in the order the main module frees them.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("counter closed at", n)
        raise
a = gen("a")
print(next(a))
_hidden = gen("hidden")
next(_hidden)
c = counter()
print(next(c), next(c))
unstarted = gen("never")
pipeline = [gen("in-list-1"), gen("in-list-2")]
for g in pipeline:
    next(g)
done = gen("done")
list(done)
print("end of script")
