def g():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
x = g(); next(x)
x.close()
