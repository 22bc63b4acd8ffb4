# A chain of classes, each deriving from the one before, as long as memory
# allows: each class holds its whole MRO, so memory grows with the square
# of the chain. Building each MRO and looking attributes up along it is
# charged as work, and the memory limit ends the run (before, the MRO was
# rebuilt in time quadratic in its length and only the clock stopped it).
# args: --max-memory 32M
# limit: memory
B = object
while True:
    class C(B):
        pass
    B = C
    B().missing_attribute = 1
