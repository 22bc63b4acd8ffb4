# A thrown exception runs the finally blocks between the yield and the
# handler, innermost first; a finally block may itself yield.
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
            yield "from finally"
    except ValueError as e:
        print("outer handler", e)
        yield "handled"
    finally:
        print("outer finally")


g = nested()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g, "end"))
