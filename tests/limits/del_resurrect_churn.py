# A __del__ that resurrects its object and allocates, driven by a loop that
# drops a new instance each time: every drop runs a collection and a
# finalizer. The collections are charged to the instruction budget, so the
# loop ends at the instruction limit after about as much CPU time as a
# plain loop of that many instructions (it once ran 20x slower per
# instruction than a plain loop).
# args: --max-instructions 20000000
# limit: instructions
keep = []


class R:
    def __del__(self):
        keep.append(self)
        if len(keep) > 100:
            keep.clear()
        self.junk = [0] * 10


x = None
while True:
    x = None
    x = R()
