class Replace:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise RuntimeError("replaced") from ev
try:
    with Replace():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
class Log:
    def __init__(self): self.events = []
    def __enter__(self):
        self.events.append("enter"); return self.events
    def __exit__(self, *exc):
        self.events.append(("exit", exc[0] is None))
log = Log()
with log as ev:
    ev.append("body")
print(log.events)
try:
    with Log() as ev, open_missing():
        pass
except NameError as e:
    print("NameError", e)
class EnterFails:
    def __enter__(self): raise OSError("cannot enter")
    def __exit__(self, *a): print("should not run"); return True
try:
    with Log() as l1, EnterFails():
        pass
except OSError as e:
    print("OSError", e)
