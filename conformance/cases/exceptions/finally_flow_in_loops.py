# try/except/else/finally ordering with continue, break and return in loops.
def f():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError as e:
            print("caught", e)
            continue
        finally:
            print("finally", i)
            if i == 3:
                continue
        print("body end", i)
f()
e = "outer"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
def g():
    try:
        raise ValueError("a")
    except ValueError:
        return "from except"
    finally:
        print("g finally")
print(g())
def h():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise TypeError("finally replaced")
    except TypeError as t:
        return repr(t), repr(t.__context__)
print(h())
def k(n):
    try:
        return n * 2
    finally:
        n = 100
        print("k finally n set", n)
print(k(2))
def m():
    results = []
    for x in [1, 0, "a", 2]:
        try:
            results.append(10 / x)
        except ZeroDivisionError:
            results.append("div0")
        except TypeError as e:
            results.append(type(e).__name__)
        else:
            results.append("ok")
    return results
print(m())
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        deep(n - 1)
    except RuntimeError as e:
        raise RuntimeError(f"level {n}") from e
try:
    deep(3)
except RuntimeError as e:
    chain = []
    while e:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
except ValueError as e2:
    print("reraised same", e2, e2.__context__)
def gen():
    try:
        yield 1
    except ValueError:
        yield "recovered"
it = gen()
print(next(it), it.throw(ValueError), next(it, "end"))
while True:
    try:
        break
    finally:
        print("break finally")
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
finally:
    x += 100
print(x)
