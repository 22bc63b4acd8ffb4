# Every finalizer prints without end: the output limit stops the flood.
# args: --max-output 1M
# limit: output
class Loud:
    def __del__(self):
        while True:
            print("x" * 1000)


Loud()
