# dir() of a generator lists gi_frame; the frame stays out of reach.
def g():
    yield 1


gen = g()
frame_name = [n for n in dir(gen) if n.endswith("frame")][0]
print(getattr(gen, frame_name))
# expect: AttributeError: 'gi_frame' is not available in the sandbox
