def f():
    try:
        raise KeyError
    finally:
        return "swallowed"
print(f())
x = 0
while x < 3:
    x += 1
else:
    print("else", x)
for i in []:
    pass
else:
    print("empty else")
try:
    pass
except Exception:
    pass
else:
    print("else ran")
finally:
    print("fin")
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("VE", eg.exceptions)
except* TypeError as eg:
    print("TE", repr(eg))
eg = ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [KeyError(2)])])
print(eg.split(KeyError), eg.subgroup(ValueError), [type(x).__name__ for x in eg.exceptions], eg.message)
x = [1, 2, 3]
del x[1], x[0]
print(x)
