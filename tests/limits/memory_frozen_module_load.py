# A frozen module whose code images cannot be loaded because the memory
# budget is used up ends the run at the memory limit, as any allocation
# past the budget does; it used to raise a catchable SystemError ("could
# not load code: out of memory") that a script could catch and go on from.
# The hog sizes below bring the budget (less the garbage the collector
# reclaims first) to the edge where loading decimal's
# imports (itertools, reprlib...) runs out; each must end the run, so
# nothing is printed.
# args: --max-memory 12M
# limit: memory
for size in (10300, 10500, 10700, 10900):
    hog = [bytes(1000) for _ in range(size)]
    try:
        import decimal
        print('imported with', size)
        break
    except BaseException as e:
        print('caught', type(e).__name__, e)
    del hog
