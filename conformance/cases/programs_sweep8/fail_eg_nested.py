def a(): raise ValueError("bad a")
def b(): raise TypeError("bad b")
def collect(*fs):
    errs = []
    for f in fs:
        try: f()
        except Exception as e: errs.append(e)
    return errs
inner = ExceptionGroup("inner", collect(a, b))
e = KeyError("k"); e.add_note("note on key")
raise ExceptionGroup("outer", [inner, e, OSError(2, "No such file")])
