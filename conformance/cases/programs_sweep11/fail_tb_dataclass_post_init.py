from dataclasses import dataclass


@dataclass
class Range:
    lo: int
    hi: int

    def __post_init__(self):
        if self.lo > self.hi:
            raise ValueError(f"empty range {self.lo}..{self.hi}")


print(Range(1, 5))
print(Range(7, 2))
