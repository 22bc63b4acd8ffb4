from dataclasses import dataclass, field
try:
    @dataclass
    class A:
        x: int = field(default=1, default_factory=list)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
