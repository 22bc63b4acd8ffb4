# A `finally:` in every frame of a deep call chain, each of which would loop.
# args: --max-instructions 1000000
# limit: instructions
def level(n):
    try:
        if n == 0:
            while True:
                pass
        level(n - 1)
    finally:
        print("finally", n)
        while True:
            pass

level(50)
