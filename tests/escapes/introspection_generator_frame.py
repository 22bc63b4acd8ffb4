# expect: AttributeError: 'gi_frame' is not available in the sandbox
def gen():
    yield 1
g = gen()
next(g)
print(g.gi_frame)
