# An uncaught TypeError from instantiating an incomplete Sequence.
from collections.abc import Sequence

class Seq(Sequence):
    def __len__(self):
        return 0

print("making")
Seq()
