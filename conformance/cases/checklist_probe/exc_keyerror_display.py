def f():
    raise KeyError("key with 'quotes'")
try:
    f()
except KeyError as e:
    print(str(e), repr(e), e.args)
print(str(KeyError()), str(KeyError(1, 2)), repr(KeyError("a")), str(KeyError("")))
raise KeyError("")
