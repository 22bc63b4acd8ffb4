from collections import namedtuple
try:
    namedtuple("P", "x _y")
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
