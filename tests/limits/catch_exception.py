# `except Exception` does not catch it (nor would it in CPython for a
# BaseException); the outer loop must not restart.
# args: --max-instructions 1000000
# limit: instructions
while True:
    try:
        while True:
            pass
    except Exception:
        print("caught")
