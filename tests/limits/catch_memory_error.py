# The memory limit cannot be caught as MemoryError: a request the budget
# could hold (200 MB of the 256 MiB) succeeds once; the next one, while the
# first is still alive, finds the budget used up and ends the run.
# limit: memory
while True:
    try:
        x = "9" * (2 * 10**8)
    except MemoryError:
        print("caught")
    except BaseException:
        print("caught")
