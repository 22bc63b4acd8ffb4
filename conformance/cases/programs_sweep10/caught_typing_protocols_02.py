from typing import NamedTuple
try:
    class Pt(NamedTuple):
        x: int = 0
        y: int
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
