# Coroutine pipelines built from generators: a priming decorator, send(),
# close() passed down the chain through except GeneratorExit.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    start.__name__ = func.__name__
    return start

@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()
        print("grep closed")

@coroutine
def printer():
    try:
        while True:
            line = yield
            print("match:", line)
    finally:
        print("printer closed")

@coroutine
def counter(target):
    n = 0
    while True:
        item = yield n
        n += 1
        target.send(item)

p = grep("py", printer())
for line in ["python rocks", "java", "pypy fast", "go"]:
    p.send(line)
p.close()
g2 = grep("a", printer())
c = counter(g2)
print(c.send("abc"), c.send("xyz"), c.send("aaa"))
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
@coroutine
def collector(store):
    while True:
        store.append((yield))
s1, s2 = [], []
b = broadcast([collector(s1), collector(s2)])
next(b)
for i in range(3):
    b.send(i * i)
print(s1, s2)
c.close()
print("counter closed; its target stays open until closed")
g2.close()
b.close()
