from dataclasses import dataclass
@dataclass
class Range:
    lo: int
    hi: int
    def __post_init__(self):
        if self.lo > self.hi:
            raise ValueError(f"lo {self.lo} > hi {self.hi}")
print(Range(1, 2))
Range(5, 1)
