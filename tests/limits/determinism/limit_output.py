# Prints the order of a set of instances until the output budget ends it.
# args: --max-output 64K
class Cell:
    def __init__(self, n):
        self.n = n

cells = set()
n = 0
while True:
    cells.add(Cell(n))
    n += 1
    print(n, [c.n for c in cells][:8])
