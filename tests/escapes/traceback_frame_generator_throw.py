# A traceback thrown into a generator comes back with no frame, and only a
# traceback (or None) is accepted as throw()'s third argument.
def gen():
    try:
        yield
    except ValueError as e:
        yield e.__traceback__
try:
    raise ValueError("v")
except ValueError as e:
    err = e
g = gen()
next(g)
tb = g.throw(ValueError, err, err.__traceback__)
print(tb.tb_lineno > 0)
g2 = gen()
next(g2)
try:
    g2.throw(ValueError, err, object())
except TypeError as e:
    print(e)
# expect-output: True
# expect-output: throw() third argument must be a traceback object
# expect: AttributeError: 'tb_frame' is not available in the sandbox
tb.tb_frame.f_code
