# throw(type), throw(type, value), throw(instance) and how the value becomes
# the exception's arguments (CPython's exception normalization).
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)


c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError, "text")
c.throw(ValueError, (1, 2))
c.throw(ValueError, [1, 2])
c.throw(ValueError, None)
c.throw(ValueError, ())
c.throw(ValueError("instance"))
c.throw(ValueError("instance"), None)
c.throw(LookupError, KeyError("sub"))
c.throw(KeyError, ValueError("not a KeyError"))
c.throw(ZeroDivisionError, 7)
c.close()
