class Retry(Exception):
    pass


def fetcher(urls):
    for url in urls:
        attempts = 0
        while True:
            try:
                result = yield url, attempts
                break
            except Retry as e:
                attempts += 1
                if attempts > 2:
                    yield url, f"gave up: {e}"
                    break
        if result is not None:
            print("stored", url, result)


g = fetcher(["a", "b", "c"])
print(next(g))
print(g.throw(Retry("timeout")))
print(g.send("200 OK"))
print(g.throw(Retry("x")), g.throw(Retry("y")), g.throw(Retry("z")))
print(next(g))
try:
    g.send(None)
except StopIteration:
    print("finished")
