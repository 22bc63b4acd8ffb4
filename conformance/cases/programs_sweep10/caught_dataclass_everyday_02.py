from dataclasses import dataclass
@dataclass
class Base:
    a: int
    b: int = 2
try:
    @dataclass
    class Child(Base):
        c: int
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
