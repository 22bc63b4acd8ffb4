# Naming every likely exception type in one handler does not help: the
# limit error matches no `except` clause.
# args: --max-instructions 1000000
# limit: instructions
kinds = (BaseException, Exception, MemoryError, RecursionError, RuntimeError,
         KeyboardInterrupt, SystemExit, GeneratorExit, StopIteration)
while True:
    try:
        while True:
            pass
    except kinds:
        print("caught")
