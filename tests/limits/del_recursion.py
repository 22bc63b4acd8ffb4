# A __del__ that makes and drops another instance: each finalizer starts
# the next, nested (CPython never ends). The recursion guard stops the
# chain with a RecursionError, reported as ignored, and the script goes on.
# limit: none
# expect-error-prefix: RecursionError: maximum recursion depth exceeded
# expect-output: after the chain
class Chain:
    def __del__(self):
        Chain()


Chain()
print("after the chain")
