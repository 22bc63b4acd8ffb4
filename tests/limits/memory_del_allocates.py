# A __del__ that allocates without end: the memory limit stops it.
# args: --max-memory 64M
# limit: memory
class Hog:
    def __del__(self):
        hoard = []
        while True:
            hoard.append([0] * 10000)


h = Hog()
h = None
print("never printed")
