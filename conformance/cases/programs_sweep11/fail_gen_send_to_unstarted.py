def echo():
    while True:
        x = yield
        print("got", x)


e = echo()
e.send("hello")
