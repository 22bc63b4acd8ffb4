from dataclasses import dataclass
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class G(F):
        b: int
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
