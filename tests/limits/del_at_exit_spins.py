# A __del__ that loops, run at the end of the script: the exit finalization
# runs under the same budget.
# args: --max-instructions 1000000
# limit: instructions
# expect-output: last line
class Spin:
    def __del__(self):
        while True:
            pass


kept = Spin()
print("last line")
