# A __del__ that never returns, run when its object is dropped: the
# instruction budget ends it like any loop.
# args: --max-instructions 1000000
# limit: instructions
class Spin:
    def __del__(self):
        while True:
            pass


s = Spin()
del s
print("never printed")
