def g():
    x = yield 1
    yield x
gen = g()
print("starting")
gen.send("early")
