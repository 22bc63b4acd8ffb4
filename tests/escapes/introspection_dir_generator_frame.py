# dir() of a generator leaves out gi_frame (CPython lists it); the frame
# stays out of reach when the name is spelled out.
def g():
    yield 1


gen = g()
assert [n for n in dir(gen) if n.endswith("frame") or n.endswith("code")] == []
print(getattr(gen, "gi_" + "frame"))
# expect: AttributeError: 'gi_frame' is not available in the sandbox
