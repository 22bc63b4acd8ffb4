# BaseExceptionGroup vs ExceptionGroup: which class a constructor returns,
# except* with a BaseException member, and split/subgroup on types.
class Stop(BaseException):
    pass


eg1 = BaseExceptionGroup("mixed", [ValueError(1), TypeError(2)])
eg2 = BaseExceptionGroup("base", [ValueError(1), Stop()])
print(type(eg1).__name__, type(eg2).__name__, isinstance(eg1, Exception), isinstance(eg2, Exception))
try:
    ExceptionGroup("bad", [Stop()])
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", ValueError()), lambda: ExceptionGroup("x", [1])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    raise eg2
except* Stop:
    print("caught the Stop part")
except* ValueError as g:
    print("caught", repr(g))
m, r = eg2.split(BaseException)
print(m is not None, r)
print(eg1.subgroup(ValueError), eg1.subgroup(KeyError))
print(str(eg1), repr(eg1), eg1.args)
