# The memory limit cannot be caught as MemoryError: the first refused
# allocation ends the run.
# limit: memory
while True:
    try:
        x = "9" * 10**9
    except MemoryError:
        print("caught")
    except BaseException:
        print("caught")
