# The limit fires inside a suspended-and-resumed generator whose own
# `finally:` loops.
# args: --max-instructions 1000000
# limit: instructions
def gen():
    try:
        yield 1
        while True:
            pass
    finally:
        print("generator finally ran")
        while True:
            pass

for _ in gen():
    pass
