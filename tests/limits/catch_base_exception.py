# The limit error cannot be caught: `except BaseException` around the busy
# loop runs no handler, so the outer loop does not go round again.
# args: --max-instructions 1000000
# limit: instructions
while True:
    try:
        while True:
            pass
    except BaseException:
        print("caught")
