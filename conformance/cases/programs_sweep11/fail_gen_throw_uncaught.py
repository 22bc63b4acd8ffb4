def consumer():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            print("skipping bad value")
            continue
        total += x


c = consumer()
next(c)
print(c.send(5))
print(c.throw(ValueError))
print(c.throw(TypeError("not a number")))
